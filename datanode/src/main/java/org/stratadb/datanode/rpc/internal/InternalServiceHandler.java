package org.stratadb.datanode.rpc.internal;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.datanode.region.RegionHost;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.datanode.IDataNodeInternalService;
import org.stratadb.protocol.datanode.TCreateRegionReq;
import org.stratadb.protocol.datanode.TDataNodeHeartbeatReq;
import org.stratadb.protocol.datanode.TDataNodeHeartbeatResp;
import org.stratadb.protocol.datanode.TInvalidateCacheReq;

/** The DataNode's internal service: what the ConfigNode leader asks of it. */
public final class InternalServiceHandler implements IDataNodeInternalService.Iface {
  private static final Logger LOG = LoggerFactory.getLogger(InternalServiceHandler.class);

  private final RegionHost regions;
  private final Consumer<TDataNodeHeartbeatReq> heartbeatListener;

  public InternalServiceHandler(RegionHost regions, Consumer<TDataNodeHeartbeatReq> heartbeats) {
    this.regions = regions;
    this.heartbeatListener = heartbeats;
  }

  @Override
  public TSStatus createSchemaRegion(TCreateRegionReq req) {
    TConsensusGroupId id = req.getReplicaSet().getRegionId();
    return run(
        "create SchemaRegion " + id.getId(),
        () -> regions.createSchemaRegion(id.getId(), req.getDatabase()));
  }

  @Override
  public TSStatus createDataRegion(TCreateRegionReq req) {
    TConsensusGroupId id = req.getReplicaSet().getRegionId();
    return run(
        "create DataRegion " + id.getId(),
        () -> regions.createDataRegion(id.getId(), req.getDatabase()));
  }

  @Override
  public TSStatus deleteRegion(TConsensusGroupId regionId) {
    return run(
        "delete region " + regionId,
        () -> {
          if (regionId.getType() == TConsensusGroupType.SCHEMA_REGION) {
            regions.deleteSchemaRegion(regionId.getId());
          } else {
            regions.deleteDataRegion(regionId.getId());
          }
        });
  }

  @Override
  public TDataNodeHeartbeatResp heartbeat(TDataNodeHeartbeatReq req) {
    heartbeatListener.accept(req);
    return new TDataNodeHeartbeatResp(ok(), System.currentTimeMillis(), regions.nodeStatus());
  }

  @Override
  public TSStatus invalidateCaches(TInvalidateCacheReq req) {
    return run("invalidate caches", () -> regions.invalidateCaches(req.getDatabases()));
  }

  private static TSStatus run(String what, Runnable action) {
    try {
      action.run();
      return ok();
    } catch (StrataException e) {
      LOG.warn("{} failed: {}", what, e.getMessage());
      return new TSStatus(e.statusCode().code()).setMessage(e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("{} failed", what, e);
      return new TSStatus(StatusCode.INTERNAL_SERVER_ERROR.code())
          .setMessage(what + " failed: " + e);
    }
  }

  private static TSStatus ok() {
    return new TSStatus(StatusCode.SUCCESS_STATUS.code());
  }
}
