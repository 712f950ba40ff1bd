package org.stratadb.confignode.rpc;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.confignode.client.Endpoints;
import org.stratadb.confignode.consensus.ConfigRegion;
import org.stratadb.confignode.consensus.NotConfigLeaderException;
import org.stratadb.confignode.service.ClusterInfoService;
import org.stratadb.confignode.service.DataPartitionService;
import org.stratadb.confignode.service.DatabaseService;
import org.stratadb.confignode.service.NodeService;
import org.stratadb.confignode.service.PartitionService;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.confignode.IConfigNodeRPCService;
import org.stratadb.protocol.confignode.TConfigNodeHeartbeatReq;
import org.stratadb.protocol.confignode.TConfigNodeHeartbeatResp;
import org.stratadb.protocol.confignode.TConfigNodeJoinReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterResp;
import org.stratadb.protocol.confignode.TDataNodeRegisterReq;
import org.stratadb.protocol.confignode.TDataNodeRegisterResp;
import org.stratadb.protocol.confignode.TDataPartitionReq;
import org.stratadb.protocol.confignode.TDataPartitionResp;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TDeleteDatabasesReq;
import org.stratadb.protocol.confignode.TGetDatabasesReq;
import org.stratadb.protocol.confignode.TGetDatabasesResp;
import org.stratadb.protocol.confignode.TRegionRoutesReq;
import org.stratadb.protocol.confignode.TRegionRoutesResp;
import org.stratadb.protocol.confignode.TSchemaPartitionReq;
import org.stratadb.protocol.confignode.TSchemaPartitionResp;
import org.stratadb.protocol.confignode.TShowClusterResp;
import org.stratadb.protocol.confignode.TShowRegionReq;
import org.stratadb.protocol.confignode.TShowRegionResp;

/**
 * The Thrift edge of the ConfigNode: waits briefly for a leader when none is known, runs the
 * request on the handler of its family, and turns exceptions into statuses. A ConfigNode that does
 * not lead answers REDIRECTION_RECOMMEND (400) with redirectNode set to the leader's internal
 * endpoint, or unset while no leader is elected.
 */
public final class ConfigNodeRpcService implements IConfigNodeRPCService.Iface {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigNodeRpcService.class);

  /** The families of requests, each with its handler. */
  public record Handlers(
      NodeService nodes,
      DatabaseService databases,
      PartitionService partitions,
      DataPartitionService dataPartitions,
      ClusterInfoService clusterInfo) {}

  private final ConfigRegion region;
  private final Handlers h;
  private final Duration leaderWait;
  private final Clock clock;

  public ConfigNodeRpcService(
      ConfigRegion region, Handlers handlers, Duration leaderWait, Clock clock) {
    this.region = region;
    this.h = handlers;
    this.leaderWait = leaderWait;
    this.clock = clock;
  }

  @Override
  public TConfigNodeRegisterResp registerConfigNode(TConfigNodeRegisterReq req) {
    return call(
        "registerConfigNode",
        () -> h.nodes().registerConfigNode(req),
        TConfigNodeRegisterResp::setStatus,
        s -> new TConfigNodeRegisterResp().setStatus(s));
  }

  /** 200 once the node is a member; 304 while it is being added, so it asks again. */
  @Override
  public TSStatus joinConfigNodeGroup(TConfigNodeJoinReq req) {
    return call(
        "joinConfigNodeGroup",
        () ->
            h.nodes().joinConfigNodeGroup(req)
                ? ok()
                : new TSStatus(StatusCode.OVERLAP_WITH_EXISTING_TASK.code())
                    .setMessage(
                        "ConfigNode "
                            + req.getLocation().getConfigNodeId()
                            + " is being added to the group; ask again"),
        (s, ignored) -> s,
        s -> s);
  }

  @Override
  public TDataNodeRegisterResp registerDataNode(TDataNodeRegisterReq req) {
    return call(
        "registerDataNode",
        () -> h.nodes().registerDataNode(req),
        TDataNodeRegisterResp::setStatus,
        s -> new TDataNodeRegisterResp().setStatus(s));
  }

  @Override
  public TSStatus setDatabase(TDatabaseSchema schema) {
    return status("setDatabase", () -> h.databases().setDatabase(schema));
  }

  @Override
  public TSStatus deleteDatabases(TDeleteDatabasesReq req) {
    return status("deleteDatabases", () -> h.databases().deleteDatabases(req.getDatabases()));
  }

  @Override
  public TGetDatabasesResp getDatabases(TGetDatabasesReq req) {
    return call(
        "getDatabases",
        () -> h.databases().getDatabases(req.getPathPatterns()),
        TGetDatabasesResp::setStatus,
        s -> new TGetDatabasesResp().setStatus(s));
  }

  @Override
  public TSchemaPartitionResp getOrCreateSchemaPartition(TSchemaPartitionReq req) {
    return call(
        "getOrCreateSchemaPartition",
        () -> h.partitions().getOrCreateSchemaPartition(req),
        TSchemaPartitionResp::setStatus,
        s -> new TSchemaPartitionResp().setStatus(s));
  }

  @Override
  public TDataPartitionResp getOrCreateDataPartition(TDataPartitionReq req) {
    return call(
        "getOrCreateDataPartition",
        () -> h.dataPartitions().getOrCreateDataPartition(req),
        TDataPartitionResp::setStatus,
        s -> new TDataPartitionResp().setStatus(s));
  }

  @Override
  public TRegionRoutesResp getRegionRoutes(TRegionRoutesReq req) {
    return call(
        "getRegionRoutes",
        () -> h.partitions().getRegionRoutes(req.getPathPatterns()),
        TRegionRoutesResp::setStatus,
        s -> new TRegionRoutesResp().setStatus(s));
  }

  @Override
  public TShowClusterResp showCluster() {
    return call(
        "showCluster",
        () -> h.clusterInfo().showCluster(),
        TShowClusterResp::setStatus,
        s -> new TShowClusterResp().setStatus(s));
  }

  @Override
  public TShowRegionResp showRegions(TShowRegionReq req) {
    return call(
        "showRegions",
        () -> h.clusterInfo().showRegions(req),
        TShowRegionResp::setStatus,
        s -> new TShowRegionResp().setStatus(s));
  }

  /** Answered by every ConfigNode, leader or not. */
  @Override
  public TConfigNodeHeartbeatResp configNodeHeartbeat(TConfigNodeHeartbeatReq req) {
    return new TConfigNodeHeartbeatResp(ok(), clock.millis());
  }

  private TSStatus status(String op, Runnable body) {
    return call(
        op,
        () -> {
          body.run();
          return ok();
        },
        (done, s) -> s,
        s -> s);
  }

  private <R> R call(
      String op,
      Supplier<R> body,
      BiFunction<R, TSStatus, R> withStatus,
      Function<TSStatus, R> failed) {
    if (!region.isLeader()) {
      region.awaitLeader(leaderWait);
    }
    try {
      return withStatus.apply(body.get(), ok());
    } catch (NotConfigLeaderException e) {
      TSStatus s = new TSStatus(e.statusCode().code()).setMessage(e.getMessage());
      e.leader().ifPresent(l -> s.setRedirectNode(Endpoints.of(l)));
      return failed.apply(s);
    } catch (StrataException e) {
      LOG.debug("{} failed: {}", op, e.getMessage());
      return failed.apply(new TSStatus(e.statusCode().code()).setMessage(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.error("{} failed", op, e);
      return failed.apply(
          new TSStatus(StatusCode.INTERNAL_SERVER_ERROR.code())
              .setMessage(op + " failed on the ConfigNode: " + e));
    }
  }

  private static TSStatus ok() {
    return new TSStatus(StatusCode.SUCCESS_STATUS.code());
  }
}
