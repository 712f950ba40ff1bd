package org.stratadb.confignode.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.confignode.state.StateFixtures.createDb;
import static org.stratadb.confignode.state.StateFixtures.createGroups;
import static org.stratadb.confignode.state.StateFixtures.dataSlots;
import static org.stratadb.confignode.state.StateFixtures.group;
import static org.stratadb.confignode.state.StateFixtures.init;
import static org.stratadb.confignode.state.StateFixtures.registerDn;
import static org.stratadb.confignode.state.StateFixtures.schemaSlots;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.confignode.state.TClusterStateRecord;
import org.stratadb.protocol.confignode.state.TCommandResult;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TDeleteDatabasesCommand;
import org.stratadb.protocol.confignode.state.TReserveNodeIdCommand;

class ClusterStateTest {
  private final ClusterState state = new ClusterState();

  private void ok(TConfigCommand c) {
    TCommandResult r = state.apply(c);
    assertEquals(StatusCode.SUCCESS_STATUS.code(), r.getCode(), r.getMessage());
  }

  private TCommandResult rejected(TConfigCommand c, StatusCode code) {
    TClusterStateRecord before = state.toRecord();
    TCommandResult r = state.apply(c);
    assertEquals(code.code(), r.getCode(), r.getMessage());
    assertEquals(before, state.toRecord(), "a rejected command must change nothing");
    return r;
  }

  @Test
  void nodeIdsAreSharedByConfigNodesAndDataNodes() {
    ok(init());
    ok(registerDn(1, 6667));
    ok(TConfigCommand.reserveNodeId(new TReserveNodeIdCommand(2)));
    ok(registerDn(3, 6677));
    assertEquals(4, state.read(ClusterStateView::nextNodeId));
    assertEquals(
        List.of(1, 3),
        state.read(v -> v.dataNodes().stream().map(n -> n.getLocation().getDataNodeId()).toList()));
  }

  @Test
  void commandsBeforeInitialisationAreRefused() {
    rejected(registerDn(0, 6667), StatusCode.CONSENSUS_NOT_INITIALIZED);
  }

  @Test
  void initIsIdempotentButCannotChangeTheParameters() {
    ok(init());
    ok(init());
    TConfigCommand other = init();
    other.getInitCluster().getParameters().setClusterName("other");
    rejected(other, StatusCode.REJECT_NODE_START);
  }

  @Test
  void staleNodeIdsAreRejected() {
    ok(init());
    rejected(registerDn(5, 6667), StatusCode.INTERNAL_SERVER_ERROR);
    rejected(
        TConfigCommand.reserveNodeId(new TReserveNodeIdCommand(0)),
        StatusCode.INTERNAL_SERVER_ERROR);
  }

  @Test
  void reRegisteringKeepsTheIdAndUpdatesTheLocation() {
    ok(init());
    ok(registerDn(1, 6667));
    ok(registerDn(1, 7777));
    int port =
        state.read(v -> v.dataNode(1).orElseThrow().getLocation().getClientRpcEndPoint().getPort());
    assertEquals(7777, port);
    assertEquals(2, state.read(ClusterStateView::nextNodeId));
  }

  @Test
  void twoDataNodesCannotShareAnEndpoint() {
    ok(init());
    ok(registerDn(1, 6667));
    TCommandResult r = rejected(registerDn(2, 6667), StatusCode.REJECT_NODE_START);
    assertTrue(r.getMessage().contains("already used by DataNode 1"), r.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "root.sg|root.sg|root.sg has already been created as database",
        "root.sg|root.sg.a|root.sg has already been created as database",
        "root.sg.a.b|root.sg|some children of root.sg have already been created as database",
      })
  void databasesMustNotOverlap(String existing, String created, String message) {
    ok(init());
    ok(createDb(existing));
    TCommandResult r = rejected(createDb(created), StatusCode.DATABASE_ALREADY_EXISTS);
    assertEquals(message, r.getMessage());
  }

  @Test
  void devicesResolveToTheirDatabase() {
    ok(init());
    ok(createDb("root.sg"));
    ok(createDb("root.ln.wf01"));
    assertEquals(
        Optional.of("root.sg"), state.read(v -> v.databaseOf(PartialPath.parse("root.sg.d1.s1"))));
    assertEquals(
        Optional.of("root.sg"), state.read(v -> v.databaseOf(PartialPath.parse("root.sg"))));
    assertEquals(
        Optional.of("root.ln.wf01"),
        state.read(v -> v.databaseOf(PartialPath.parse("root.ln.wf01.d"))));
    assertEquals(
        Optional.empty(), state.read(v -> v.databaseOf(PartialPath.parse("root.ln.wf02.d"))));
  }

  @Test
  void regionGroupsTakeConsecutiveIdsAndNeedKnownDataNodes() {
    ok(init());
    ok(registerDn(1, 6667));
    ok(createDb("root.sg"));
    rejected(createGroups(group(1, true, "root.sg", List.of(1))), StatusCode.INTERNAL_SERVER_ERROR);
    rejected(createGroups(group(0, true, "root.sg", List.of(9))), StatusCode.INTERNAL_SERVER_ERROR);
    rejected(createGroups(group(0, true, "root.nodb", List.of(1))), StatusCode.DATABASE_NOT_EXIST);
    ok(createGroups(group(0, true, "root.sg", List.of(1)), group(1, false, "root.sg", List.of(1))));
    assertEquals(2, state.read(ClusterStateView::nextRegionId));
    int dataGroups =
        state.read(v -> v.regionGroups("root.sg", ConsensusGroupId.Type.DATA_REGION).size());
    assertEquals(1, dataGroups);
  }

  @Test
  void assignedSlotsKeepTheirFirstRegion() {
    ok(init());
    ok(registerDn(1, 6667));
    ok(createDb("root.sg"));
    ok(
        createGroups(
            group(0, true, "root.sg", List.of(1)),
            group(1, false, "root.sg", List.of(1)),
            group(2, false, "root.sg", List.of(1))));
    ok(schemaSlots("root.sg", Map.of(7, 0)));
    rejected(schemaSlots("root.sg", Map.of(8, 1)), StatusCode.INTERNAL_SERVER_ERROR);
    rejected(schemaSlots("root.sg", Map.of(1000, 0)), StatusCode.INTERNAL_SERVER_ERROR);
    ok(dataSlots("root.sg", Map.of(7, Map.of(0L, 1, 604_800_000L, 2))));
    ok(dataSlots("root.sg", Map.of(7, Map.of(0L, 2))));
    int owner = state.read(v -> v.dataRegionsOf("root.sg", 7).get(0L));
    assertEquals(1, owner);
    assertEquals(
        new ClusterStateView.SlotCount(1, 1), state.read(v -> v.slotCounts("root.sg").get(2)));
    assertEquals(
        new ClusterStateView.SlotCount(1, 0), state.read(v -> v.slotCounts("root.sg").get(0)));
  }

  @Test
  void droppingADatabaseDropsItsRegionsAndPartitions() {
    ok(init());
    ok(registerDn(1, 6667));
    ok(createDb("root.sg"));
    ok(createDb("root.other"));
    ok(
        createGroups(
            group(0, true, "root.sg", List.of(1)), group(1, true, "root.other", List.of(1))));
    ok(schemaSlots("root.sg", Map.of(3, 0)));
    ok(TConfigCommand.deleteDatabases(new TDeleteDatabasesCommand(List.of("root.sg"))));
    assertEquals(
        List.of(1), state.read(v -> v.regionGroups().stream().map(g -> g.id().id()).toList()));
    assertEquals(Optional.empty(), state.read(v -> v.schemaRegionOf("root.sg", 3)));
    assertEquals(Optional.empty(), state.read(v -> v.databaseOf(PartialPath.parse("root.sg.d"))));
    ok(createDb("root.sg"));
  }

  @Test
  void recordRoundTripRebuildsTheSameState() {
    ok(init());
    ok(registerDn(1, 6667));
    ok(createDb("root.sg"));
    ok(createGroups(group(0, true, "root.sg", List.of(1)), group(1, false, "root.sg", List.of(1))));
    ok(schemaSlots("root.sg", Map.of(3, 0, 9, 0)));
    ok(dataSlots("root.sg", Map.of(3, Map.of(0L, 1))));
    TClusterStateRecord record = state.toRecord();
    ClusterState copy = new ClusterState();
    copy.load(record);
    assertEquals(record, copy.toRecord());
    assertEquals(
        Optional.of("root.sg"), copy.read(v -> v.databaseOf(PartialPath.parse("root.sg.d"))));
    assertEquals(Optional.of(0), copy.read(v -> v.schemaRegionOf("root.sg", 9)));
  }
}
