package org.stratadb.confignode.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.thrift.TException;
import org.junit.jupiter.api.Test;
import org.stratadb.protocol.cluster.TClusterParameters;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.confignode.TDataNodeRegisterReq;
import org.stratadb.protocol.confignode.TDataNodeRegisterResp;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TSchemaPartitionReq;

class NodeRegistrationTest extends SingleConfigNodeTest {

  @Test
  void newDataNodesGetTheNextIdsAndTheConfigNodeList() throws TException {
    start(Map.of());
    assertEquals(0, node.nodeId());
    TDataNodeRegisterResp resp =
        client.rpc.registerDataNode(new TDataNodeRegisterReq(params(), dataNode().location(-1)));
    assertStatus(200, resp.getStatus());
    assertEquals(1, resp.getDataNodeId());
    assertEquals(
        List.of(0),
        resp.getConfigNodes().stream().map(TConfigNodeLocation::getConfigNodeId).toList());
    assertEquals(List.of(), resp.getRegions());
    assertEquals(2, register(dataNode()));
  }

  @Test
  void aKnownDataNodeKeepsItsIdAndLearnsItsRegions() throws TException {
    start(Map.of());
    var dn = dataNode();
    int id = register(dn);
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));
    assertStatus(
        200,
        client
            .rpc
            .getOrCreateSchemaPartition(new TSchemaPartitionReq(List.of("root.sg.d1"), true))
            .getStatus());
    TDataNodeRegisterResp again =
        client.rpc.registerDataNode(new TDataNodeRegisterReq(params(), dn.location(id)));
    assertStatus(200, again.getStatus());
    assertEquals(id, again.getDataNodeId());
    assertEquals(1, again.getRegions().size());
    assertEquals(2, count(v -> v.nextNodeId()));
  }

  @Test
  void anUnknownIdIsRefused() throws TException {
    start(Map.of());
    TDataNodeRegisterResp resp =
        client.rpc.registerDataNode(new TDataNodeRegisterReq(params(), dataNode().location(7)));
    assertStatus(1002, resp.getStatus());
    assertMessage("DataNode 7 is not registered in this cluster", resp.getStatus());
  }

  @Test
  void aDataNodeWithOtherClusterSettingsIsRefusedNamingThem() throws TException {
    start(Map.of());
    TClusterParameters other = params().setClusterName("elsewhere").setDataReplicationFactor(3);
    TDataNodeRegisterResp resp =
        client.rpc.registerDataNode(new TDataNodeRegisterReq(other, dataNode().location(-1)));
    assertStatus(1002, resp.getStatus());
    assertMessage(
        "cluster_name is elsewhere on this node but defaultCluster in the cluster",
        resp.getStatus());
    assertMessage("data_replication_factor is 3", resp.getStatus());
    assertEquals(0, count(v -> v.dataNodes().size()));
  }

  @Test
  void twoDataNodesCannotShareAnAddress() throws TException {
    start(Map.of());
    var dn = dataNode();
    register(dn);
    TDataNodeRegisterResp resp =
        client.rpc.registerDataNode(new TDataNodeRegisterReq(params(), dn.location(-1)));
    assertStatus(1002, resp.getStatus());
    assertMessage("is already used by DataNode 1", resp.getStatus());
  }
}
