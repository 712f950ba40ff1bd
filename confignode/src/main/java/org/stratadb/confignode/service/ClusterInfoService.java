package org.stratadb.confignode.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;
import org.stratadb.confignode.heartbeat.NodeStatus;
import org.stratadb.confignode.state.ClusterStateView;
import org.stratadb.confignode.state.ClusterStateView.SlotCount;
import org.stratadb.confignode.state.RegionGroup;
import org.stratadb.confignode.state.StateRecords;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.cluster.TNodeVersionInfo;
import org.stratadb.protocol.confignode.TNodeStatusInfo;
import org.stratadb.protocol.confignode.TRegionInfo;
import org.stratadb.protocol.confignode.TShowClusterResp;
import org.stratadb.protocol.confignode.TShowRegionReq;
import org.stratadb.protocol.confignode.TShowRegionResp;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;
import org.stratadb.protocol.confignode.state.TDataNodeRecord;

/** SHOW CLUSTER and SHOW REGIONS: the recorded state with the leader's view of node statuses. */
public final class ClusterInfoService {
  private final ServiceContext ctx;

  public ClusterInfoService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  public TShowClusterResp showCluster() {
    ctx.region().requireLeader();
    int self = ctx.region().leaderId().orElse(-1);
    return ctx.state()
        .read(
            v -> {
              List<TConfigNodeLocation> cns = new ArrayList<>();
              List<TDataNodeLocation> dns = new ArrayList<>();
              Map<Integer, TNodeStatusInfo> status = new HashMap<>();
              for (TConfigNodeRecord n : v.configNodes()) {
                int id = n.getLocation().getConfigNodeId();
                cns.add(n.getLocation().deepCopy());
                NodeStatus s = id == self ? NodeStatus.RUNNING : ctx.statuses().status(id);
                status.put(
                    id,
                    statusInfo(s, n.getVersionInfo()).setRole(id == self ? "Leader" : "Follower"));
              }
              for (TDataNodeRecord n : v.dataNodes()) {
                int id = n.getLocation().getDataNodeId();
                dns.add(n.getLocation().deepCopy());
                status.put(id, statusInfo(ctx.statuses().status(id), n.getVersionInfo()));
              }
              return new TShowClusterResp()
                  .setConfigNodes(cns)
                  .setDataNodes(dns)
                  .setNodeStatus(status);
            });
  }

  private static TNodeStatusInfo statusInfo(NodeStatus s, TNodeVersionInfo version) {
    TNodeStatusInfo info = new TNodeStatusInfo(s.text());
    if (version != null) {
      info.setVersionInfo(version.deepCopy());
    }
    return info;
  }

  /** One row per replica of the selected region groups, by region id then replica order. */
  public TShowRegionResp showRegions(TShowRegionReq req) {
    ctx.region().requireLeader();
    List<PathPattern> dbs =
        req.isSetDatabases() ? req.getDatabases().stream().map(PathPattern::parse).toList() : null;
    Optional<ConsensusGroupId.Type> type =
        req.isSetType() ? Optional.of(StateRecords.groupType(req.getType())) : Optional.empty();
    return ctx.state()
        .read(
            v -> {
              List<TRegionInfo> rows = new ArrayList<>();
              Map<String, Map<Integer, SlotCount>> counts = new HashMap<>();
              for (RegionGroup g : v.regionGroups()) {
                if (type.isPresent() && g.id().type() != type.get()) {
                  continue;
                }
                if (dbs != null && !matches(dbs, g.database())) {
                  continue;
                }
                SlotCount c =
                    counts
                        .computeIfAbsent(g.database(), v::slotCounts)
                        .getOrDefault(g.id().id(), new SlotCount(0, 0));
                rows.addAll(rows(v, g, c));
              }
              return new TShowRegionResp().setRegions(rows);
            });
  }

  private static boolean matches(List<PathPattern> patterns, String db) {
    PartialPath path = PartialPath.parse(db);
    return patterns.stream().anyMatch(p -> p.matches(path));
  }

  private List<TRegionInfo> rows(ClusterStateView v, RegionGroup g, SlotCount c) {
    int leader = leaderOf(g);
    List<TRegionInfo> out = new ArrayList<>();
    for (int nodeId : g.dataNodeIds()) {
      Optional<TDataNodeRecord> node = v.dataNode(nodeId);
      if (node.isEmpty()) {
        continue;
      }
      TDataNodeLocation loc = node.get().getLocation();
      NodeStatus s = ctx.statuses().status(nodeId);
      out.add(
          new TRegionInfo(
              StateRecords.groupId(g.id()),
              g.database(),
              nodeId,
              loc.getClientRpcEndPoint().getIp(),
              loc.getClientRpcEndPoint().getPort(),
              loc.getInternalEndPoint().getIp(),
              s == NodeStatus.UNKNOWN ? NodeStatus.UNKNOWN.text() : NodeStatus.RUNNING.text(),
              nodeId == leader ? "Leader" : "Follower",
              c.seriesSlots(),
              c.timeSlots(),
              g.createTime()));
    }
    return out;
  }

  /** The replica last reported as leader if its node runs, else the first running replica. */
  private int leaderOf(RegionGroup g) {
    Optional<Integer> reported = ctx.statuses().regionLeader(g.id().id());
    if (reported.isPresent()
        && g.dataNodeIds().contains(reported.get())
        && ctx.statuses().isAvailable(reported.get())) {
      return reported.get();
    }
    return g.dataNodeIds().stream()
        .filter(id -> ctx.statuses().status(id) != NodeStatus.UNKNOWN)
        .findFirst()
        .orElse(-1);
  }
}
