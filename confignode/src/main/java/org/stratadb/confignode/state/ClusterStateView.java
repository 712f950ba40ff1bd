package org.stratadb.confignode.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TClusterParameters;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;
import org.stratadb.protocol.confignode.state.TDataNodeRecord;
import org.stratadb.protocol.confignode.state.TDatabaseRecord;

/**
 * Read access to the cluster state, valid only inside {@link ClusterState#read}: collections are
 * live views and records are the state's own objects, so callers copy what they keep and never
 * modify what they are given.
 */
public interface ClusterStateView {

  /** The settings the cluster was created with; empty before the seed initialised it. */
  Optional<TClusterParameters> parameters();

  /** The id the next node gets. */
  int nextNodeId();

  /** The id the next region group gets. */
  int nextRegionId();

  /** By id. */
  Collection<TConfigNodeRecord> configNodes();

  Optional<TConfigNodeRecord> configNode(int nodeId);

  /** By id. */
  Collection<TDataNodeRecord> dataNodes();

  Optional<TDataNodeRecord> dataNode(int nodeId);

  /** By name. */
  Collection<TDatabaseRecord> databases();

  Optional<TDatabaseRecord> database(String name);

  /** The database {@code path} is in (itself or its closest ancestor that is one). */
  Optional<String> databaseOf(PartialPath path);

  /** By id. */
  Collection<RegionGroup> regionGroups();

  /** The database's groups of one type, by id. */
  List<RegionGroup> regionGroups(String database, ConsensusGroupId.Type type);

  Optional<RegionGroup> regionGroup(int regionId);

  /** The schema region that owns a series slot of the database, if assigned. */
  Optional<Integer> schemaRegionOf(String database, int seriesSlot);

  /** Time slot start to data region, for one series slot of the database; empty if none. */
  NavigableMap<Long, Integer> dataRegionsOf(String database, int seriesSlot);

  /** Region id to its slot counts, for every region of the database with at least one slot. */
  Map<Integer, SlotCount> slotCounts(String database);

  /**
   * How many slots a region owns.
   *
   * @param seriesSlots distinct series slots
   * @param timeSlots (series slot, time slot) pairs; 0 for schema regions
   */
  record SlotCount(int seriesSlots, long timeSlots) {}
}
