package org.stratadb.confignode.client;

import java.time.Duration;
import java.util.List;
import org.apache.thrift.TException;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.datanode.IDataNodeInternalService;
import org.stratadb.protocol.datanode.TCreateRegionReq;
import org.stratadb.protocol.datanode.TDataNodeHeartbeatReq;
import org.stratadb.protocol.datanode.TDataNodeHeartbeatResp;
import org.stratadb.protocol.datanode.TInvalidateCacheReq;

/** What the ConfigNode asks of DataNodes, over their internal service. Thread-safe. */
public final class DataNodeClients implements AutoCloseable {
  private final ThriftClientPool<IDataNodeInternalService.Client> pool =
      new ThriftClientPool<>(IDataNodeInternalService.Client::new);
  private final Duration requestTimeout;

  /**
   * @param requestTimeout bound on connecting and on each answer of region and cache requests
   */
  public DataNodeClients(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  /**
   * Asks a DataNode to create its replica of a region (a no-op if it has it).
   *
   * @throws StrataException CREATE_REGION_ERROR naming the node and the reason
   */
  public void createRegion(TDataNodeLocation node, TCreateRegionReq req, boolean schema) {
    String what =
        (schema ? "SchemaRegion-" : "DataRegion-") + req.getReplicaSet().getRegionId().getId();
    TSStatus status =
        send(
            node,
            StatusCode.CREATE_REGION_ERROR,
            "create " + what,
            c -> schema ? c.createSchemaRegion(req) : c.createDataRegion(req));
    check(status, node, StatusCode.CREATE_REGION_ERROR, "create " + what);
  }

  /** Asks a DataNode to drop its replica of a region. */
  public void deleteRegion(TDataNodeLocation node, TConsensusGroupId region) {
    String what = "delete region " + region.getType() + "-" + region.getId();
    TSStatus status = send(node, StatusCode.DELETE_REGION_ERROR, what, c -> c.deleteRegion(region));
    check(status, node, StatusCode.DELETE_REGION_ERROR, what);
  }

  /** Tells a DataNode to drop its partition and schema caches of the databases. */
  public void invalidateCaches(TDataNodeLocation node, List<String> databases) {
    String what = "invalidate caches of " + databases;
    TSStatus status =
        send(
            node,
            StatusCode.PARTITION_CACHE_UPDATE_ERROR,
            what,
            c -> c.invalidateCaches(new TInvalidateCacheReq(databases)));
    check(status, node, StatusCode.PARTITION_CACHE_UPDATE_ERROR, what);
  }

  /**
   * Heartbeats a DataNode.
   *
   * @throws TException if it does not answer within {@code timeout}
   */
  public TDataNodeHeartbeatResp heartbeat(
      TDataNodeLocation node, TDataNodeHeartbeatReq req, Duration timeout) throws TException {
    return pool.call(Endpoints.of(node.getInternalEndPoint()), timeout, c -> c.heartbeat(req));
  }

  private TSStatus send(
      TDataNodeLocation node,
      StatusCode failure,
      String what,
      ThriftCall<IDataNodeInternalService.Client, TSStatus> call) {
    try {
      return pool.call(Endpoints.of(node.getInternalEndPoint()), requestTimeout, call);
    } catch (TException e) {
      throw new StrataException(
          failure,
          "DataNode "
              + node.getDataNodeId()
              + " at "
              + Endpoints.text(node.getInternalEndPoint())
              + " did not "
              + what
              + ": "
              + e.getMessage());
    }
  }

  private static void check(TSStatus s, TDataNodeLocation node, StatusCode failure, String what) {
    if (s.getCode() != StatusCode.SUCCESS_STATUS.code()) {
      throw new StrataException(
          failure,
          "DataNode "
              + node.getDataNodeId()
              + " refused to "
              + what
              + ": "
              + s.getCode()
              + " "
              + s.getMessage());
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
