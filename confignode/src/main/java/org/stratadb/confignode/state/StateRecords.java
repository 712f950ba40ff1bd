package org.stratadb.confignode.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.confignode.state.TClusterStateRecord;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;
import org.stratadb.protocol.confignode.state.TDataNodeRecord;
import org.stratadb.protocol.confignode.state.TDatabasePartitionRecord;
import org.stratadb.protocol.confignode.state.TDatabaseRecord;
import org.stratadb.protocol.confignode.state.TRegionGroupRecord;

/** Converts between the tables and their Thrift record, the body of a snapshot. */
public final class StateRecords {
  private StateRecords() {}

  static TClusterStateRecord toRecord(StateTables t) {
    TClusterStateRecord r =
        new TClusterStateRecord(
            t.nextNodeId,
            t.nextRegionId,
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    if (t.parameters != null) {
      r.setParameters(t.parameters.deepCopy());
    }
    t.configNodes.values().forEach(n -> r.addToConfigNodes(n.deepCopy()));
    t.dataNodes.values().forEach(n -> r.addToDataNodes(n.deepCopy()));
    t.databases.values().forEach(d -> r.addToDatabases(d.deepCopy()));
    t.regionGroups.values().forEach(g -> r.addToRegionGroups(record(g)));
    new TreeMap<>(t.partitions)
        .forEach(
            (db, p) -> {
              Map<Integer, Map<Long, Integer>> data = new HashMap<>();
              p.dataSlots.forEach((slot, times) -> data.put(slot, new HashMap<>(times)));
              r.addToPartitions(
                  new TDatabasePartitionRecord(db, new HashMap<>(p.schemaSlots), data));
            });
    return r;
  }

  static StateTables fromRecord(TClusterStateRecord r) {
    StateTables t = new StateTables();
    t.parameters = r.isSetParameters() ? r.getParameters().deepCopy() : null;
    t.nextNodeId = r.getNextNodeId();
    t.nextRegionId = r.getNextRegionId();
    for (TConfigNodeRecord n : r.getConfigNodes()) {
      t.configNodes.put(n.getLocation().getConfigNodeId(), n.deepCopy());
    }
    for (TDataNodeRecord n : r.getDataNodes()) {
      t.dataNodes.put(n.getLocation().getDataNodeId(), n.deepCopy());
    }
    for (TDatabaseRecord d : r.getDatabases()) {
      t.databases.put(d.getName(), d.deepCopy());
      t.databasePaths.put(PartialPath.parseFull(d.getName()), d.getName());
    }
    for (TRegionGroupRecord g : r.getRegionGroups()) {
      RegionGroup group = regionGroup(g);
      t.regionGroups.put(group.id().id(), group);
    }
    for (TDatabasePartitionRecord p : r.getPartitions()) {
      StateTables.DatabasePartition part = t.partition(p.getDatabase());
      part.schemaSlots.putAll(p.getSchemaSlots());
      p.getDataSlots().forEach((slot, times) -> part.dataSlots.put(slot, new TreeMap<>(times)));
    }
    return t;
  }

  static RegionGroup regionGroup(TRegionGroupRecord g) {
    return new RegionGroup(
        groupId(g.getRegionId()), g.getDatabase(), g.getDataNodeIds(), g.getCreateTime());
  }

  public static TRegionGroupRecord record(RegionGroup g) {
    return new TRegionGroupRecord(
        groupId(g.id()), g.database(), new ArrayList<>(g.dataNodeIds()), g.createTime());
  }

  public static ConsensusGroupId groupId(TConsensusGroupId id) {
    return new ConsensusGroupId(groupType(id.getType()), id.getId());
  }

  public static ConsensusGroupId.Type groupType(TConsensusGroupType type) {
    return switch (type) {
      case CONFIG_REGION -> ConsensusGroupId.Type.CONFIG_REGION;
      case SCHEMA_REGION -> ConsensusGroupId.Type.SCHEMA_REGION;
      case DATA_REGION -> ConsensusGroupId.Type.DATA_REGION;
    };
  }

  public static TConsensusGroupId groupId(ConsensusGroupId id) {
    TConsensusGroupType type =
        switch (id.type()) {
          case CONFIG_REGION -> TConsensusGroupType.CONFIG_REGION;
          case SCHEMA_REGION -> TConsensusGroupType.SCHEMA_REGION;
          case DATA_REGION -> TConsensusGroupType.DATA_REGION;
        };
    return new TConsensusGroupId(type, id.id());
  }
}
