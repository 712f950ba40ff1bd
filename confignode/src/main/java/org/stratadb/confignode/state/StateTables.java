package org.stratadb.confignode.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TClusterParameters;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;
import org.stratadb.protocol.confignode.state.TDataNodeRecord;
import org.stratadb.protocol.confignode.state.TDatabaseRecord;

/** The cluster state's tables. Not thread-safe: {@link ClusterState} guards it. */
final class StateTables implements ClusterStateView {
  TClusterParameters parameters;
  int nextNodeId;
  int nextRegionId;
  final TreeMap<Integer, TConfigNodeRecord> configNodes = new TreeMap<>();
  final TreeMap<Integer, TDataNodeRecord> dataNodes = new TreeMap<>();
  final TreeMap<String, TDatabaseRecord> databases = new TreeMap<>();
  final Map<PartialPath, String> databasePaths = new HashMap<>();
  final TreeMap<Integer, RegionGroup> regionGroups = new TreeMap<>();
  final Map<String, DatabasePartition> partitions = new HashMap<>();

  /** The partition table of one database. */
  static final class DatabasePartition {
    final TreeMap<Integer, Integer> schemaSlots = new TreeMap<>();
    final TreeMap<Integer, TreeMap<Long, Integer>> dataSlots = new TreeMap<>();
  }

  @Override
  public Optional<TClusterParameters> parameters() {
    return Optional.ofNullable(parameters);
  }

  @Override
  public int nextNodeId() {
    return nextNodeId;
  }

  @Override
  public int nextRegionId() {
    return nextRegionId;
  }

  @Override
  public Collection<TConfigNodeRecord> configNodes() {
    return Collections.unmodifiableCollection(configNodes.values());
  }

  @Override
  public Optional<TConfigNodeRecord> configNode(int nodeId) {
    return Optional.ofNullable(configNodes.get(nodeId));
  }

  @Override
  public Collection<TDataNodeRecord> dataNodes() {
    return Collections.unmodifiableCollection(dataNodes.values());
  }

  @Override
  public Optional<TDataNodeRecord> dataNode(int nodeId) {
    return Optional.ofNullable(dataNodes.get(nodeId));
  }

  @Override
  public Collection<TDatabaseRecord> databases() {
    return Collections.unmodifiableCollection(databases.values());
  }

  @Override
  public Optional<TDatabaseRecord> database(String name) {
    return Optional.ofNullable(databases.get(name));
  }

  @Override
  public Optional<String> databaseOf(PartialPath path) {
    for (int len = Math.min(path.length(), maxDatabaseLength()); len >= 2; len--) {
      String db = databasePaths.get(path.prefix(len));
      if (db != null) {
        return Optional.of(db);
      }
    }
    return Optional.empty();
  }

  private int maxDatabaseLength() {
    int max = 0;
    for (PartialPath p : databasePaths.keySet()) {
      max = Math.max(max, p.length());
    }
    return max;
  }

  @Override
  public Collection<RegionGroup> regionGroups() {
    return Collections.unmodifiableCollection(regionGroups.values());
  }

  @Override
  public List<RegionGroup> regionGroups(String database, ConsensusGroupId.Type type) {
    List<RegionGroup> out = new ArrayList<>();
    for (RegionGroup g : regionGroups.values()) {
      if (g.database().equals(database) && g.id().type() == type) {
        out.add(g);
      }
    }
    return out;
  }

  @Override
  public Optional<RegionGroup> regionGroup(int regionId) {
    return Optional.ofNullable(regionGroups.get(regionId));
  }

  @Override
  public Optional<Integer> schemaRegionOf(String database, int seriesSlot) {
    DatabasePartition p = partitions.get(database);
    return p == null ? Optional.empty() : Optional.ofNullable(p.schemaSlots.get(seriesSlot));
  }

  @Override
  public NavigableMap<Long, Integer> dataRegionsOf(String database, int seriesSlot) {
    DatabasePartition p = partitions.get(database);
    TreeMap<Long, Integer> times = p == null ? null : p.dataSlots.get(seriesSlot);
    return times == null
        ? Collections.emptyNavigableMap()
        : Collections.unmodifiableNavigableMap(times);
  }

  @Override
  public Map<Integer, SlotCount> slotCounts(String database) {
    DatabasePartition p = partitions.get(database);
    Map<Integer, SlotCount> counts = new HashMap<>();
    if (p == null) {
      return counts;
    }
    p.schemaSlots.values().forEach(r -> counts.merge(r, new SlotCount(1, 0), StateTables::sum));
    for (TreeMap<Long, Integer> times : p.dataSlots.values()) {
      Map<Integer, Long> perRegion = new HashMap<>();
      times.values().forEach(r -> perRegion.merge(r, 1L, Long::sum));
      perRegion.forEach((r, n) -> counts.merge(r, new SlotCount(1, n), StateTables::sum));
    }
    return counts;
  }

  private static SlotCount sum(SlotCount a, SlotCount b) {
    return new SlotCount(a.seriesSlots() + b.seriesSlots(), a.timeSlots() + b.timeSlots());
  }

  DatabasePartition partition(String database) {
    return partitions.computeIfAbsent(database, d -> new DatabasePartition());
  }
}
