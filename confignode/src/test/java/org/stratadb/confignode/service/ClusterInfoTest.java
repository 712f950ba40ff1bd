package org.stratadb.confignode.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.thrift.TException;
import org.junit.jupiter.api.Test;
import org.stratadb.confignode.testing.FakeDataNode;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.cluster.TNodeVersionInfo;
import org.stratadb.protocol.confignode.TDataNodeRegisterReq;
import org.stratadb.protocol.confignode.TDataPartitionReq;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TRegionInfo;
import org.stratadb.protocol.confignode.TSchemaPartitionReq;
import org.stratadb.protocol.confignode.TSeriesSlotTimes;
import org.stratadb.protocol.confignode.TShowClusterResp;
import org.stratadb.protocol.confignode.TShowRegionReq;

class ClusterInfoTest extends SingleConfigNodeTest {
  private static final Duration BOUND = Duration.ofSeconds(10);

  private String status(int nodeId) throws TException {
    TShowClusterResp resp = client.rpc.showCluster();
    assertStatus(200, resp.getStatus());
    return resp.getNodeStatus().get(nodeId).getStatus();
  }

  private String statusQuietly(int nodeId) {
    try {
      return status(nodeId);
    } catch (TException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void showClusterListsNodesWithStatusesAndVersions() throws TException {
    start(Map.of());
    FakeDataNode dn = dataNode();
    var resp =
        client.rpc.registerDataNode(
            new TDataNodeRegisterReq(params(), dn.location(-1))
                .setVersionInfo(new TNodeVersionInfo("1.2.3", "abc")));
    assertStatus(200, resp.getStatus());
    TShowClusterResp cluster = client.rpc.showCluster();
    assertEquals(1, cluster.getConfigNodes().size());
    assertEquals(1, cluster.getDataNodes().size());
    assertEquals("Running", cluster.getNodeStatus().get(0).getStatus());
    assertEquals("Running", cluster.getNodeStatus().get(1).getStatus());
    assertEquals(
        new TNodeVersionInfo("1.2.3", "abc"), cluster.getNodeStatus().get(1).getVersionInfo());
    assertTrue(cluster.getNodeStatus().get(0).isSetVersionInfo());
    assertEquals("Leader", cluster.getNodeStatus().get(0).getRole());
    assertFalse(cluster.getNodeStatus().get(1).isSetRole(), "DataNodes have no role");
  }

  @Test
  void heartbeatsTurnASilentDataNodeUnknownAndBackToRunning() throws TException {
    start(Map.of("heartbeat_interval_in_ms", "100"));
    FakeDataNode dn = dataNode();
    int id = register(dn);
    awaitStatus(BOUND, "heartbeats reach the DataNode", () -> dn.heartbeats.get() >= 3);
    assertEquals("Running", status(id));

    dn.stop();
    awaitStatus(BOUND, "the DataNode is Unknown", () -> "Unknown".equals(statusQuietly(id)));

    dn.start();
    awaitStatus(BOUND, "the DataNode is Running again", () -> "Running".equals(statusQuietly(id)));
  }

  @Test
  void showRegionsHasOneRowPerReplicaWithRolesAndSlotCounts() throws TException {
    start(
        Map.of(
            "data_region_group_extension_policy",
            "CUSTOM",
            "default_data_region_group_num_per_database",
            "1",
            "schema_replication_factor",
            "2",
            "schema_region_consensus_protocol_class",
            "org.apache.iotdb.consensus.ratis.RatisConsensus"));
    FakeDataNode a = dataNode();
    FakeDataNode b = dataNode();
    int idA = register(a);
    int idB = register(b);
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));
    assertStatus(
        200,
        client
            .rpc
            .getOrCreateSchemaPartition(
                new TSchemaPartitionReq(List.of("root.sg.d1", "root.sg.d2"), true))
            .getStatus());
    assertStatus(
        200,
        client
            .rpc
            .getOrCreateDataPartition(
                new TDataPartitionReq(
                    Map.of("root.sg", List.of(new TSeriesSlotTimes(4, List.of(0L, 604_800_000L)))),
                    true))
            .getStatus());
    b.leading.add(new TConsensusGroupId(TConsensusGroupType.SCHEMA_REGION, 0));
    int seen = b.heartbeats.get();
    awaitStatus(BOUND, "b reports its leadership", () -> b.heartbeats.get() >= seen + 2);

    List<TRegionInfo> rows = client.rpc.showRegions(new TShowRegionReq()).getRegions();
    assertEquals(3, rows.size(), "two schema replicas and one data replica: " + rows);
    TRegionInfo schemaOnA = rows.get(0);
    assertEquals(TConsensusGroupType.SCHEMA_REGION, schemaOnA.getRegionId().getType());
    assertEquals(idA, schemaOnA.getDataNodeId());
    assertEquals("Follower", schemaOnA.getRoleType());
    assertEquals(2, schemaOnA.getSeriesSlotNum());
    assertEquals(0, schemaOnA.getTimeSlotNum());
    assertEquals(idB, rows.get(1).getDataNodeId());
    assertEquals("Leader", rows.get(1).getRoleType());
    TRegionInfo data = rows.get(2);
    assertEquals(TConsensusGroupType.DATA_REGION, data.getRegionId().getType());
    assertEquals("Leader", data.getRoleType());
    assertEquals(1, data.getSeriesSlotNum());
    assertEquals(2, data.getTimeSlotNum());
    assertEquals("Running", data.getStatus());
    assertEquals("root.sg", data.getDatabase());

    List<TRegionInfo> dataOnly =
        client
            .rpc
            .showRegions(new TShowRegionReq().setType(TConsensusGroupType.DATA_REGION))
            .getRegions();
    assertEquals(1, dataOnly.size());
    assertEquals(
        0,
        client
            .rpc
            .showRegions(new TShowRegionReq().setDatabases(List.of("root.other")))
            .getRegions()
            .size());
  }
}
