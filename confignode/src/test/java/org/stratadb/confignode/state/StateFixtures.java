package org.stratadb.confignode.state;

import java.util.List;
import java.util.Map;
import org.stratadb.protocol.cluster.TClusterParameters;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.common.TEndPoint;
import org.stratadb.protocol.confignode.state.TAssignDataSlotsCommand;
import org.stratadb.protocol.confignode.state.TAssignSchemaSlotsCommand;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;
import org.stratadb.protocol.confignode.state.TCreateDatabaseCommand;
import org.stratadb.protocol.confignode.state.TCreateRegionGroupsCommand;
import org.stratadb.protocol.confignode.state.TDataNodeRecord;
import org.stratadb.protocol.confignode.state.TDatabaseRecord;
import org.stratadb.protocol.confignode.state.TInitClusterCommand;
import org.stratadb.protocol.confignode.state.TRegionGroupRecord;
import org.stratadb.protocol.confignode.state.TRegisterDataNodeCommand;

/** Commands and records for state tests. */
final class StateFixtures {
  private StateFixtures() {}

  static TClusterParameters params() {
    return new TClusterParameters(
        "defaultCluster", "ratis", "ratis", "iot", 1, 1, 1000, "bkdr", 604_800_000L, "ms");
  }

  static TConfigNodeLocation cn(int id) {
    return new TConfigNodeLocation(
        id, new TEndPoint("127.0.0.1", 10710 + id), new TEndPoint("127.0.0.1", 10720 + id));
  }

  static TDataNodeLocation dn(int id, int port) {
    return new TDataNodeLocation(
        id,
        new TEndPoint("127.0.0.1", port),
        new TEndPoint("127.0.0.1", port + 1),
        new TEndPoint("127.0.0.1", port + 2),
        new TEndPoint("127.0.0.1", port + 3),
        new TEndPoint("127.0.0.1", port + 4));
  }

  static TConfigCommand init() {
    return TConfigCommand.initCluster(
        new TInitClusterCommand(params(), new TConfigNodeRecord(cn(0))));
  }

  static TConfigCommand registerDn(int id, int port) {
    return TConfigCommand.registerDataNode(
        new TRegisterDataNodeCommand(new TDataNodeRecord(dn(id, port))));
  }

  static TDatabaseRecord db(String name) {
    return new TDatabaseRecord(name, Long.MAX_VALUE, 1, 1, 604_800_000L, 1, 2);
  }

  static TConfigCommand createDb(String name) {
    return TConfigCommand.createDatabase(new TCreateDatabaseCommand(db(name)));
  }

  static TRegionGroupRecord group(int id, boolean schema, String db, List<Integer> nodes) {
    return new TRegionGroupRecord(
        new TConsensusGroupId(
            schema ? TConsensusGroupType.SCHEMA_REGION : TConsensusGroupType.DATA_REGION, id),
        db,
        nodes,
        1_700_000_000_000L + id);
  }

  static TConfigCommand createGroups(TRegionGroupRecord... groups) {
    return TConfigCommand.createRegionGroups(new TCreateRegionGroupsCommand(List.of(groups)));
  }

  static TConfigCommand schemaSlots(String db, Map<Integer, Integer> slots) {
    return TConfigCommand.assignSchemaSlots(new TAssignSchemaSlotsCommand(db, slots));
  }

  static TConfigCommand dataSlots(String db, Map<Integer, Map<Long, Integer>> slots) {
    return TConfigCommand.assignDataSlots(new TAssignDataSlotsCommand(db, slots));
  }
}
