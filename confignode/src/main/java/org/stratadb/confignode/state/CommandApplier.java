package org.stratadb.confignode.state;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.common.TEndPoint;
import org.stratadb.protocol.confignode.state.TAddConfigNodeCommand;
import org.stratadb.protocol.confignode.state.TAssignDataSlotsCommand;
import org.stratadb.protocol.confignode.state.TAssignSchemaSlotsCommand;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;
import org.stratadb.protocol.confignode.state.TCreateRegionGroupsCommand;
import org.stratadb.protocol.confignode.state.TDataNodeRecord;
import org.stratadb.protocol.confignode.state.TDatabaseRecord;
import org.stratadb.protocol.confignode.state.TInitClusterCommand;
import org.stratadb.protocol.confignode.state.TRegionGroupRecord;

/**
 * Applies commands to the tables. Every method checks the whole command first and changes nothing
 * when it throws, so a rejected command leaves the state as it was on every replica. Rejections are
 * {@link StrataException}s whose code and message go back to the proposer.
 */
final class CommandApplier {
  private final StateTables t;

  CommandApplier(StateTables tables) {
    this.t = tables;
  }

  void apply(TConfigCommand command) {
    switch (command.getSetField()) {
      case INIT_CLUSTER -> initCluster(command.getInitCluster());
      case RESERVE_NODE_ID -> reserveNodeId(command.getReserveNodeId().getNodeId());
      case ADD_CONFIG_NODE -> addConfigNode(command.getAddConfigNode());
      case REGISTER_DATA_NODE -> registerDataNode(command.getRegisterDataNode().getNode());
      case CREATE_DATABASE -> createDatabase(command.getCreateDatabase().getDatabase());
      case DELETE_DATABASES -> command.getDeleteDatabases().getDatabases().forEach(this::drop);
      case CREATE_REGION_GROUPS -> createRegionGroups(command.getCreateRegionGroups());
      case ASSIGN_SCHEMA_SLOTS -> assignSchemaSlots(command.getAssignSchemaSlots());
      case ASSIGN_DATA_SLOTS -> assignDataSlots(command.getAssignDataSlots());
    }
  }

  private void initCluster(TInitClusterCommand c) {
    int seedId = c.getSeed().getLocation().getConfigNodeId();
    if (t.parameters != null) {
      if (t.parameters.equals(c.getParameters()) && t.configNodes.containsKey(seedId)) {
        return; // the seed repeating its first command after a restart
      }
      throw reject(StatusCode.REJECT_NODE_START, "the cluster has already been initialised");
    }
    if (seedId != t.nextNodeId) {
      throw stale("node id " + seedId);
    }
    t.parameters = c.getParameters().deepCopy();
    t.configNodes.put(seedId, c.getSeed().deepCopy());
    t.nextNodeId = seedId + 1;
  }

  private void reserveNodeId(int nodeId) {
    requireInitialised();
    if (nodeId != t.nextNodeId) {
      throw stale("node id " + nodeId);
    }
    t.nextNodeId++;
  }

  private void addConfigNode(TAddConfigNodeCommand c) {
    requireInitialised();
    TConfigNodeRecord node = c.getNode();
    int id = node.getLocation().getConfigNodeId();
    if (id < 0 || id >= t.nextNodeId || t.dataNodes.containsKey(id)) {
      throw reject(
          StatusCode.ADD_CONFIGNODE_ERROR, "node id " + id + " was not reserved for a ConfigNode");
    }
    TEndPoint internal = node.getLocation().getInternalEndPoint();
    for (TConfigNodeRecord other : t.configNodes.values()) {
      if (other.getLocation().getConfigNodeId() != id
          && other.getLocation().getInternalEndPoint().equals(internal)) {
        throw endpointTaken("ConfigNode", internal, other.getLocation().getConfigNodeId());
      }
    }
    t.configNodes.put(id, node.deepCopy());
  }

  private void registerDataNode(TDataNodeRecord node) {
    requireInitialised();
    int id = node.getLocation().getDataNodeId();
    boolean known = t.dataNodes.containsKey(id);
    if (!known && (id != t.nextNodeId || t.configNodes.containsKey(id))) {
      throw stale("node id " + id);
    }
    for (TDataNodeRecord other : t.dataNodes.values()) {
      int otherId = other.getLocation().getDataNodeId();
      if (otherId == id) {
        continue;
      }
      TEndPoint internal = node.getLocation().getInternalEndPoint();
      if (other.getLocation().getInternalEndPoint().equals(internal)) {
        throw endpointTaken("DataNode", internal, otherId);
      }
      TEndPoint rpc = node.getLocation().getClientRpcEndPoint();
      if (other.getLocation().getClientRpcEndPoint().equals(rpc)) {
        throw endpointTaken("DataNode", rpc, otherId);
      }
    }
    t.dataNodes.put(id, node.deepCopy());
    if (!known) {
      t.nextNodeId++;
    }
  }

  private void createDatabase(TDatabaseRecord db) {
    requireInitialised();
    PartialPath path = PartialPath.parseFull(db.getName());
    if (t.databasePaths.containsKey(path)) {
      throw alreadyExists(path + " has already been created as database");
    }
    for (int len = path.length() - 1; len >= 2; len--) {
      String ancestor = t.databasePaths.get(path.prefix(len));
      if (ancestor != null) {
        throw alreadyExists(ancestor + " has already been created as database");
      }
    }
    for (PartialPath existing : t.databasePaths.keySet()) {
      if (path.isPrefixOf(existing)) {
        throw alreadyExists("some children of " + path + " have already been created as database");
      }
    }
    t.databases.put(path.toString(), db.deepCopy().setName(path.toString()));
    t.databasePaths.put(path, path.toString());
  }

  private void drop(String database) {
    if (t.databases.remove(database) == null) {
      return;
    }
    t.databasePaths.values().remove(database);
    t.regionGroups.values().removeIf(g -> g.database().equals(database));
    t.partitions.remove(database);
  }

  private void createRegionGroups(TCreateRegionGroupsCommand c) {
    requireInitialised();
    List<TRegionGroupRecord> groups = c.getRegionGroups();
    for (int i = 0; i < groups.size(); i++) {
      checkRegionGroup(groups.get(i), t.nextRegionId + i);
    }
    for (TRegionGroupRecord g : groups) {
      RegionGroup group = StateRecords.regionGroup(g);
      t.regionGroups.put(group.id().id(), group);
    }
    t.nextRegionId += groups.size();
  }

  private void checkRegionGroup(TRegionGroupRecord g, int expectedId) {
    if (g.getRegionId().getId() != expectedId) {
      throw stale("region id " + g.getRegionId().getId());
    }
    if (g.getRegionId().getType() == TConsensusGroupType.CONFIG_REGION) {
      throw invalid("a region group is a schema or a data region");
    }
    if (!t.databases.containsKey(g.getDatabase())) {
      throw reject(StatusCode.DATABASE_NOT_EXIST, "database " + g.getDatabase() + " is dropped");
    }
    Set<Integer> seen = new HashSet<>();
    for (int nodeId : g.getDataNodeIds()) {
      if (!t.dataNodes.containsKey(nodeId) || !seen.add(nodeId)) {
        throw invalid("region " + expectedId + " names unknown or repeated DataNode " + nodeId);
      }
    }
    if (seen.isEmpty()) {
      throw invalid("region " + expectedId + " has no replica");
    }
  }

  private void assignSchemaSlots(TAssignSchemaSlotsCommand c) {
    String db = c.getDatabase();
    requireDatabase(db);
    c.getSlots().forEach((slot, region) -> checkSlot(db, slot, region, true));
    StateTables.DatabasePartition p = t.partition(db);
    c.getSlots().forEach(p.schemaSlots::putIfAbsent);
  }

  private void assignDataSlots(TAssignDataSlotsCommand c) {
    String db = c.getDatabase();
    requireDatabase(db);
    for (Map.Entry<Integer, Map<Long, Integer>> e : c.getSlots().entrySet()) {
      e.getValue().values().forEach(region -> checkSlot(db, e.getKey(), region, false));
    }
    StateTables.DatabasePartition p = t.partition(db);
    c.getSlots()
        .forEach(
            (slot, times) -> {
              TreeMap<Long, Integer> owned =
                  p.dataSlots.computeIfAbsent(slot, s -> new TreeMap<>());
              times.forEach(owned::putIfAbsent);
            });
  }

  private void checkSlot(String db, int slot, int regionId, boolean schema) {
    if (slot < 0 || slot >= t.parameters.getSeriesSlotNum()) {
      throw invalid("series slot " + slot + " is out of range");
    }
    RegionGroup g = t.regionGroups.get(regionId);
    ConsensusGroupId.Type type =
        schema ? ConsensusGroupId.Type.SCHEMA_REGION : ConsensusGroupId.Type.DATA_REGION;
    if (g == null || !g.database().equals(db) || g.id().type() != type) {
      throw invalid("region " + regionId + " is no " + type + " of " + db);
    }
  }

  private void requireDatabase(String db) {
    if (!t.databases.containsKey(db)) {
      throw reject(StatusCode.DATABASE_NOT_EXIST, "database " + db + " does not exist");
    }
  }

  private void requireInitialised() {
    if (t.parameters == null) {
      throw reject(StatusCode.CONSENSUS_NOT_INITIALIZED, "the cluster is not initialised yet");
    }
  }

  private static StrataException alreadyExists(String message) {
    return reject(StatusCode.DATABASE_ALREADY_EXISTS, message);
  }

  private static StrataException endpointTaken(String kind, TEndPoint endpoint, int owner) {
    return reject(
        StatusCode.REJECT_NODE_START,
        "Reject "
            + kind
            + " registration: "
            + endpoint.getIp()
            + ":"
            + endpoint.getPort()
            + " is already used by "
            + kind
            + " "
            + owner);
  }

  /** A decision the proposing leader took on state that had moved on; the caller may retry. */
  private static StrataException stale(String what) {
    return reject(
        StatusCode.INTERNAL_SERVER_ERROR, what + " is no longer free; the request may be retried");
  }

  private static StrataException invalid(String message) {
    return reject(StatusCode.INTERNAL_SERVER_ERROR, "invalid command: " + message);
  }

  static StrataException reject(StatusCode code, String message) {
    return new StrataException(Objects.requireNonNull(code), message);
  }
}
