package org.stratadb.confignode.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.thrift.TException;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.confignode.testing.FakeDataNode;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.TDataPartitionReq;
import org.stratadb.protocol.confignode.TDataPartitionResp;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TDeleteDatabasesReq;
import org.stratadb.protocol.confignode.TRegionRoutesReq;
import org.stratadb.protocol.confignode.TSchemaPartitionReq;
import org.stratadb.protocol.confignode.TSchemaPartitionResp;
import org.stratadb.protocol.confignode.TSeriesSlotRegions;
import org.stratadb.protocol.confignode.TSeriesSlotTimes;
import org.stratadb.protocol.confignode.TTimeSlotRegion;

class PartitionTest extends SingleConfigNodeTest {
  private static final Map<String, String> CUSTOM =
      Map.of(
          "data_region_group_extension_policy", "CUSTOM",
          "default_data_region_group_num_per_database", "2");
  private static final PartitionSlots SLOTS = new PartitionSlots(1000, 604_800_000L);

  private TSchemaPartitionResp schema(boolean create, String... devices) throws TException {
    TSchemaPartitionResp resp =
        client.rpc.getOrCreateSchemaPartition(new TSchemaPartitionReq(List.of(devices), create));
    assertStatus(200, resp.getStatus());
    return resp;
  }

  private TDataPartitionResp data(boolean create, String db, int slot, Long... times)
      throws TException {
    TDataPartitionResp resp =
        client.rpc.getOrCreateDataPartition(
            new TDataPartitionReq(
                Map.of(db, List.of(new TSeriesSlotTimes(slot, List.of(times)))), create));
    assertStatus(200, resp.getStatus());
    return resp;
  }

  @Test
  void schemaRegionsAreCreatedOnDataNodesOnFirstNeedOnly() throws TException {
    start(CUSTOM);
    FakeDataNode dn = dataNode();
    register(dn);
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));

    assertTrue(schema(false, "root.sg.d1").getPartitions().get("root.sg").isEmpty());
    assertEquals(0, dn.schemaRegions.size());

    TSchemaPartitionResp created = schema(true, "root.sg.d1", "root.sg.d2", "root.none.d");
    assertEquals(1, dn.schemaRegions.size());
    assertEquals("root.sg", dn.schemaRegions.get(0).getDatabase());
    Map<Integer, TConsensusGroupId> slots = created.getPartitions().get("root.sg");
    assertEquals(
        Set.of(SLOTS.seriesSlot("root.sg.d1"), SLOTS.seriesSlot("root.sg.d2")), slots.keySet());
    assertEquals(
        Map.of("root.sg.d1", "root.sg", "root.sg.d2", "root.sg"), created.getDeviceToDatabase());
    TRegionReplicaSet region = created.getRegions().get(0);
    assertEquals(TConsensusGroupType.SCHEMA_REGION, region.getRegionId().getType());
    assertEquals(dn.location(1), region.getDataNodeLocations().get(0));

    TSchemaPartitionResp again = schema(true, "root.sg.d1");
    assertEquals(
        slots.get(SLOTS.seriesSlot("root.sg.d1")),
        again.getPartitions().get("root.sg").values().iterator().next());
    assertEquals(1, dn.schemaRegions.size(), "no second region for a known slot");
  }

  @Test
  void databasesAreCreatedAtTheAutoCreateLevel() throws TException {
    start(CUSTOM);
    register(dataNode());
    TSchemaPartitionResp resp =
        client.rpc.getOrCreateSchemaPartition(
            new TSchemaPartitionReq(List.of("root.ln.wf01.wt01"), true)
                .setAutoCreateDatabaseLevel(1));
    assertStatus(200, resp.getStatus());
    assertEquals(Map.of("root.ln.wf01.wt01", "root.ln"), resp.getDeviceToDatabase());
    var tooShort =
        client.rpc.getOrCreateSchemaPartition(
            new TSchemaPartitionReq(List.of("root.x"), true).setAutoCreateDatabaseLevel(2));
    assertStatus(509, tooShort.getStatus());
  }

  @Test
  void dataSlotsSpreadOverRegionGroupsAndSeriesStayInTheirRegion() throws TException {
    start(CUSTOM);
    FakeDataNode dn = dataNode();
    register(dn);
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));
    TDataPartitionResp first = data(true, "root.sg", 1, 0L, 5L);
    assertEquals(2, dn.dataRegions.size(), "two data region groups under CUSTOM");
    List<TTimeSlotRegion> times = first.getPartitions().get("root.sg").get(0).getTimeSlots();
    assertEquals(1, times.size(), "0 and 5 fall into one time slot");
    TConsensusGroupId slot1 = times.get(0).getRegionId();

    TConsensusGroupId slot2 =
        data(true, "root.sg", 2, 0L)
            .getPartitions()
            .get("root.sg")
            .get(0)
            .getTimeSlots()
            .get(0)
            .getRegionId();
    assertNotEquals(slot1, slot2, "a new series slot goes to the least-loaded group");

    TConsensusGroupId later =
        data(true, "root.sg", 1, 604_800_000L * 3 + 1)
            .getPartitions()
            .get("root.sg")
            .get(0)
            .getTimeSlots()
            .get(0)
            .getRegionId();
    assertEquals(slot1, later, "a later time slot of a series stays in its region");
    assertEquals(
        604_800_000L * 3,
        data(false, "root.sg", 1, 604_800_000L * 3 + 1)
            .getPartitions()
            .get("root.sg")
            .get(0)
            .getTimeSlots()
            .get(0)
            .getTimeSlot());

    TSeriesSlotRegions all = data(false, "root.sg", 1).getPartitions().get("root.sg").get(0);
    assertEquals(2, all.getTimeSlots().size(), "no time slots asked: every assigned one");
    assertEquals(2, dn.dataRegions.size());
  }

  @Test
  void autoExtensionGivesEachDataNodeItsShareOfDataRegions() throws TException {
    start(Map.of("data_region_per_data_node", "3"));
    FakeDataNode a = dataNode();
    FakeDataNode b = dataNode();
    register(a);
    register(b);
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));
    data(true, "root.sg", 1, 0L);
    assertEquals(6, a.dataRegions.size() + b.dataRegions.size());
    assertEquals(3, a.dataRegions.size(), "replicas go to the least-loaded DataNode");
  }

  @Test
  void withoutEnoughDataNodesNoRegionIsCreated() throws TException {
    start(Map.of());
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));
    var resp =
        client.rpc.getOrCreateSchemaPartition(new TSchemaPartitionReq(List.of("root.sg.d"), true));
    assertStatus(1003, resp.getStatus());
    assertEquals(0, count(v -> v.regionGroups().size()));
  }

  @Test
  void unknownDatabasesAreRefusedForData() throws TException {
    start(Map.of());
    var resp =
        client.rpc.getOrCreateDataPartition(
            new TDataPartitionReq(
                Map.of("root.x", List.of(new TSeriesSlotTimes(1, List.of(0L)))), true));
    assertStatus(500, resp.getStatus());
  }

  @Test
  void routesAndDropsCoverEveryRegionOfTheDatabase() throws TException {
    start(CUSTOM);
    FakeDataNode dn = dataNode();
    register(dn);
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.other")));
    schema(true, "root.sg.d1");
    data(true, "root.sg", 1, 0L);
    var routes = client.rpc.getRegionRoutes(new TRegionRoutesReq(List.of("root.sg.**")));
    assertStatus(200, routes.getStatus());
    assertEquals(1, routes.getDatabases().size());
    assertEquals(1, routes.getDatabases().get(0).getSchemaRegions().size());
    assertEquals(2, routes.getDatabases().get(0).getDataRegions().size());
    assertEquals(
        2,
        client.rpc.getRegionRoutes(new TRegionRoutesReq(List.of("root.**"))).getDatabases().size());

    assertStatus(200, client.rpc.deleteDatabases(new TDeleteDatabasesReq(List.of("root.sg"))));
    assertEquals(3, dn.deletedRegions.size());
    assertEquals(List.of(List.of("root.sg")), dn.invalidated);
    Set<Integer> deleted = new HashSet<>();
    dn.deletedRegions.forEach(r -> deleted.add(r.getId()));
    assertEquals(3, deleted.size());
    assertEquals(0, count(v -> v.regionGroups().size()));
  }
}
