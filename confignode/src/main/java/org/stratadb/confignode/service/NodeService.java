package org.stratadb.confignode.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.confignode.client.Endpoints;
import org.stratadb.confignode.heartbeat.NodeStatus;
import org.stratadb.confignode.state.ClusterStateView;
import org.stratadb.confignode.state.RegionGroup;
import org.stratadb.protocol.cluster.TClusterParameters;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.TConfigNodeJoinReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterResp;
import org.stratadb.protocol.confignode.TDataNodeRegisterReq;
import org.stratadb.protocol.confignode.TDataNodeRegisterResp;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;
import org.stratadb.protocol.confignode.state.TDataNodeRecord;
import org.stratadb.protocol.confignode.state.TRegisterDataNodeCommand;
import org.stratadb.protocol.confignode.state.TReserveNodeIdCommand;

/**
 * Node management on the leader: registration of ConfigNodes (an id, then joining the group) and of
 * DataNodes (a new id, or a known node coming back).
 */
public final class NodeService {
  private static final Logger LOG = LoggerFactory.getLogger(NodeService.class);

  private final ServiceContext ctx;
  private final ConfigNodeJoins joins;

  public NodeService(ServiceContext ctx) {
    this.ctx = ctx;
    this.joins = new ConfigNodeJoins(ctx);
  }

  /**
   * Gives a new ConfigNode its id and the group's members; it then starts its peer and calls {@link
   * #joinConfigNodeGroup}.
   */
  public TConfigNodeRegisterResp registerConfigNode(TConfigNodeRegisterReq req) {
    ctx.region().requireLeader();
    return ctx.locked(
        () -> {
          checkParameters("ConfigNode", req.getClusterParameters());
          TConfigNodeLocation loc = req.getLocation().deepCopy();
          Optional<Integer> known =
              ctx.state()
                  .read(
                      v ->
                          v.configNodes().stream()
                              .map(TConfigNodeRecord::getLocation)
                              .filter(
                                  l -> l.getInternalEndPoint().equals(loc.getInternalEndPoint()))
                              .map(TConfigNodeLocation::getConfigNodeId)
                              .findFirst());
          if (known.isPresent() && known.get() != loc.getConfigNodeId()) {
            throw new StrataException(
                StatusCode.REJECT_NODE_START,
                "Reject ConfigNode registration: "
                    + Endpoints.text(loc.getInternalEndPoint())
                    + " is already used by ConfigNode "
                    + known.get());
          }
          int id = known.orElseGet(this::reserveNodeId);
          loc.setConfigNodeId(id);
          List<TConfigNodeLocation> members = configNodeLocations();
          if (known.isEmpty()) {
            members.add(loc);
            LOG.info(
                "ConfigNode {} at {} registered; it joins next",
                id,
                Endpoints.text(loc.getInternalEndPoint()));
          }
          return new TConfigNodeRegisterResp().setConfigNodeId(id).setConfigNodes(members);
        });
  }

  private int reserveNodeId() {
    int id = ctx.state().read(ClusterStateView::nextNodeId);
    ctx.region().write(TConfigCommand.reserveNodeId(new TReserveNodeIdCommand(id)));
    return id;
  }

  /**
   * Adds a registered ConfigNode to the group: the first call starts it; the node calls again until
   * it is a member.
   *
   * @return true once it is a member, false while it is being added
   */
  public boolean joinConfigNodeGroup(TConfigNodeJoinReq req) {
    return joins.join(req);
  }

  /**
   * Registers a DataNode: one with id -1 gets the next node id; a known id has its location updated
   * and keeps its id.
   */
  public TDataNodeRegisterResp registerDataNode(TDataNodeRegisterReq req) {
    ctx.region().requireLeader();
    return ctx.locked(
        () -> {
          checkParameters("DataNode", req.getClusterParameters());
          TDataNodeLocation loc = req.getLocation().deepCopy();
          boolean restart = loc.getDataNodeId() >= 0;
          if (restart && ctx.state().read(v -> v.dataNode(loc.getDataNodeId()).isEmpty())) {
            throw new StrataException(
                StatusCode.REJECT_NODE_START,
                "Reject DataNode start: DataNode "
                    + loc.getDataNodeId()
                    + " is not registered in this cluster; if its data directory belongs to"
                    + " another cluster, clean it (sbin/destroy-datanode.sh) and start again");
          }
          if (!restart) {
            loc.setDataNodeId(ctx.state().read(ClusterStateView::nextNodeId));
          }
          TDataNodeRecord record = new TDataNodeRecord(loc);
          if (req.isSetVersionInfo()) {
            record.setVersionInfo(req.getVersionInfo());
          }
          ctx.region().write(TConfigCommand.registerDataNode(new TRegisterDataNodeCommand(record)));
          int id = loc.getDataNodeId();
          ctx.statuses().heard(id, NodeStatus.RUNNING);
          LOG.info(
              "DataNode {} {} at {}",
              id,
              restart ? "re-registered" : "registered",
              Endpoints.text(loc.getInternalEndPoint()));
          return new TDataNodeRegisterResp()
              .setDataNodeId(id)
              .setConfigNodes(configNodeLocations())
              .setRegions(regionsOf(id));
        });
  }

  private void checkParameters(String kind, TClusterParameters node) {
    TClusterParameters cluster =
        ctx.state()
            .read(ClusterStateView::parameters)
            .orElseThrow(
                () ->
                    new StrataException(
                        StatusCode.CONSENSUS_NOT_INITIALIZED,
                        "the cluster is still being created; retry"));
    ClusterParameters.difference(cluster, node)
        .ifPresent(
            diff -> {
              LOG.warn("Refused a {}: {}", kind, diff);
              throw new StrataException(
                  StatusCode.REJECT_NODE_START,
                  "Reject " + kind + " start: its settings differ from the cluster's: " + diff);
            });
  }

  private List<TConfigNodeLocation> configNodeLocations() {
    return ctx.state()
        .read(
            v -> {
              List<TConfigNodeLocation> out = new ArrayList<>();
              v.configNodes().forEach(n -> out.add(n.getLocation().deepCopy()));
              return out;
            });
  }

  private List<TRegionReplicaSet> regionsOf(int dataNodeId) {
    return ctx.state()
        .read(
            v -> {
              List<TRegionReplicaSet> out = new ArrayList<>();
              for (RegionGroup g : v.regionGroups()) {
                if (g.dataNodeIds().contains(dataNodeId)) {
                  out.add(Replicas.replicaSet(v, g));
                }
              }
              return out;
            });
  }
}
