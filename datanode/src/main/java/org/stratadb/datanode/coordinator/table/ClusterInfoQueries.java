package org.stratadb.datanode.coordinator.table;

import static org.apache.tsfile.enums.TSDataType.INT32;
import static org.apache.tsfile.enums.TSDataType.INT64;
import static org.apache.tsfile.enums.TSDataType.TEXT;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stratadb.datanode.cluster.ConfigNodeAnswers;
import org.stratadb.datanode.cluster.ConfigNodeClient;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.confignode.TNodeStatusInfo;
import org.stratadb.protocol.confignode.TRegionInfo;
import org.stratadb.protocol.confignode.TShowClusterResp;
import org.stratadb.protocol.confignode.TShowRegionReq;
import org.stratadb.protocol.confignode.TShowRegionResp;

/**
 * SHOW CLUSTER [DETAILS], SHOW CONFIGNODES, SHOW DATANODES and SHOW REGIONS: asked of the
 * ConfigNode leader, laid out with IoTDB's column names and types.
 */
public final class ClusterInfoQueries {
  private static final String CONFIG_NODE = "ConfigNode";
  private static final String DATA_NODE = "DataNode";
  private static final String UNKNOWN = "Unknown";

  private final ConfigNodeClient configNodes;

  public ClusterInfoQueries(ConfigNodeClient configNodes) {
    this.configNodes = configNodes;
  }

  public TableResult showCluster(boolean details) {
    TShowClusterResp cluster = fetchCluster();
    TableResult.Builder out = TableResult.builder();
    out.column("NodeID", INT32).column("NodeType", TEXT).column("Status", TEXT);
    out.column("InternalAddress", TEXT).column("InternalPort", INT32);
    if (details) {
      out.column("ConfigConsensusPort", TEXT).column("RpcAddress", TEXT).column("RpcPort", TEXT);
      out.column("MppPort", TEXT).column("SchemaConsensusPort", TEXT);
      out.column("DataConsensusPort", TEXT);
    }
    out.column("Version", TEXT).column("BuildInfo", TEXT);
    for (TConfigNodeLocation cn : configNodes(cluster)) {
      TNodeStatusInfo info = status(cluster, cn.getConfigNodeId());
      List<Object> row = new ArrayList<>();
      row.add(cn.getConfigNodeId());
      row.add(CONFIG_NODE);
      row.add(info == null ? UNKNOWN : info.getStatus());
      row.add(cn.getInternalEndPoint().getIp());
      row.add(cn.getInternalEndPoint().getPort());
      if (details) {
        row.addAll(
            List.of(Integer.toString(cn.getConsensusEndPoint().getPort()), "", "", "", "", ""));
      }
      addVersion(row, info);
      out.row(row.toArray());
    }
    for (TDataNodeLocation dn : dataNodes(cluster)) {
      TNodeStatusInfo info = status(cluster, dn.getDataNodeId());
      List<Object> row = new ArrayList<>();
      row.add(dn.getDataNodeId());
      row.add(DATA_NODE);
      row.add(info == null ? UNKNOWN : info.getStatus());
      row.add(dn.getInternalEndPoint().getIp());
      row.add(dn.getInternalEndPoint().getPort());
      if (details) {
        row.add("");
        row.add(dn.getClientRpcEndPoint().getIp());
        row.add(Integer.toString(dn.getClientRpcEndPoint().getPort()));
        row.add(Integer.toString(dn.getMppDataExchangeEndPoint().getPort()));
        row.add(Integer.toString(dn.getSchemaRegionConsensusEndPoint().getPort()));
        row.add(Integer.toString(dn.getDataRegionConsensusEndPoint().getPort()));
      }
      addVersion(row, info);
      out.row(row.toArray());
    }
    return out.build();
  }

  public TableResult showConfigNodes() {
    TShowClusterResp cluster = fetchCluster();
    TableResult.Builder out = TableResult.builder();
    out.column("NodeID", INT32).column("Status", TEXT).column("InternalAddress", TEXT);
    out.column("InternalPort", INT32).column("Role", TEXT);
    for (TConfigNodeLocation cn : configNodes(cluster)) {
      TNodeStatusInfo info = status(cluster, cn.getConfigNodeId());
      out.row(
          cn.getConfigNodeId(),
          info == null ? UNKNOWN : info.getStatus(),
          cn.getInternalEndPoint().getIp(),
          cn.getInternalEndPoint().getPort(),
          info != null && info.isSetRole() ? info.getRole() : "Follower");
    }
    return out.build();
  }

  public TableResult showDataNodes() {
    TShowClusterResp cluster = fetchCluster();
    TShowRegionResp regions = fetchRegions(new TShowRegionReq());
    TableResult.Builder out = TableResult.builder();
    out.column("NodeID", INT32).column("Status", TEXT).column("RpcAddress", TEXT);
    out.column("RpcPort", INT32).column("DataRegionNum", INT32).column("SchemaRegionNum", INT32);
    for (TDataNodeLocation dn : dataNodes(cluster)) {
      TNodeStatusInfo info = status(cluster, dn.getDataNodeId());
      out.row(
          dn.getDataNodeId(),
          info == null ? UNKNOWN : info.getStatus(),
          dn.getClientRpcEndPoint().getIp(),
          dn.getClientRpcEndPoint().getPort(),
          count(regions, dn.getDataNodeId(), TConsensusGroupType.DATA_REGION),
          count(regions, dn.getDataNodeId(), TConsensusGroupType.SCHEMA_REGION));
    }
    return out.build();
  }

  /**
   * @param type the region type to show, or null for both
   * @param databases the databases to show, or empty for all
   */
  public TableResult showRegions(TConsensusGroupType type, List<String> databases, ZoneId zone) {
    TShowRegionReq req = new TShowRegionReq();
    if (type != null) {
      req.setType(type);
    }
    if (!databases.isEmpty()) {
      req.setDatabases(databases);
    }
    TShowRegionResp resp = fetchRegions(req);
    TableResult.Builder out = TableResult.builder();
    out.column("RegionId", INT32).column("Type", TEXT).column("Status", TEXT);
    out.column("Database", TEXT).column("SeriesSlotNum", INT32).column("TimeSlotNum", INT64);
    out.column("DataNodeId", INT32).column("RpcAddress", TEXT).column("RpcPort", INT32);
    out.column("InternalAddress", TEXT).column("Role", TEXT).column("CreateTime", TEXT);
    List<TRegionInfo> regions =
        new ArrayList<>(resp.isSetRegions() ? resp.getRegions() : List.of());
    regions.sort(
        Comparator.comparing((TRegionInfo r) -> r.getRegionId().getType())
            .thenComparingInt(r -> r.getRegionId().getId())
            .thenComparingInt(TRegionInfo::getDataNodeId));
    DateTimeFormatter format = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    for (TRegionInfo r : regions) {
      out.row(
          r.getRegionId().getId(),
          r.getRegionId().getType() == TConsensusGroupType.DATA_REGION
              ? "DataRegion"
              : "SchemaRegion",
          r.getStatus(),
          r.getDatabase(),
          r.getSeriesSlotNum(),
          r.getTimeSlotNum(),
          r.getDataNodeId(),
          r.getRpcAddress(),
          r.getRpcPort(),
          r.getInternalAddress(),
          r.getRoleType(),
          format.format(Instant.ofEpochMilli(r.getCreateTime())));
    }
    return out.build();
  }

  private static int count(TShowRegionResp regions, int nodeId, TConsensusGroupType type) {
    int n = 0;
    for (TRegionInfo r : regions.isSetRegions() ? regions.getRegions() : List.<TRegionInfo>of()) {
      if (r.getDataNodeId() == nodeId && r.getRegionId().getType() == type) {
        n++;
      }
    }
    return n;
  }

  private static void addVersion(List<Object> row, TNodeStatusInfo info) {
    boolean known = info != null && info.isSetVersionInfo();
    row.add(known ? info.getVersionInfo().getVersion() : "UNKNOWN");
    row.add(known ? info.getVersionInfo().getBuildInfo() : "UNKNOWN");
  }

  private TShowClusterResp fetchCluster() {
    TShowClusterResp resp =
        configNodes.call("show cluster", c -> c.showCluster(), r -> r.getStatus());
    ConfigNodeAnswers.check(resp.getStatus());
    return resp;
  }

  private TShowRegionResp fetchRegions(TShowRegionReq req) {
    TShowRegionResp resp =
        configNodes.call("show regions", c -> c.showRegions(req), r -> r.getStatus());
    ConfigNodeAnswers.check(resp.getStatus());
    return resp;
  }

  private static List<TConfigNodeLocation> configNodes(TShowClusterResp cluster) {
    List<TConfigNodeLocation> nodes =
        new ArrayList<>(cluster.isSetConfigNodes() ? cluster.getConfigNodes() : List.of());
    nodes.sort(Comparator.comparingInt(TConfigNodeLocation::getConfigNodeId));
    return nodes;
  }

  private static List<TDataNodeLocation> dataNodes(TShowClusterResp cluster) {
    List<TDataNodeLocation> nodes =
        new ArrayList<>(cluster.isSetDataNodes() ? cluster.getDataNodes() : List.of());
    nodes.sort(Comparator.comparingInt(TDataNodeLocation::getDataNodeId));
    return nodes;
  }

  private static TNodeStatusInfo status(TShowClusterResp cluster, int nodeId) {
    Map<Integer, TNodeStatusInfo> statuses = cluster.getNodeStatus();
    return statuses == null ? null : statuses.get(nodeId);
  }
}
