package org.stratadb.confignode.service;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.confignode.state.ClusterStateView;
import org.stratadb.confignode.state.RegionGroup;
import org.stratadb.confignode.state.StateRecords;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.state.TDataNodeRecord;

/** Builds the wire form of region groups from the state. */
final class Replicas {
  private Replicas() {}

  /** The group with copies of its replicas' current locations, in replica order. */
  static TRegionReplicaSet replicaSet(ClusterStateView v, RegionGroup g) {
    List<TDataNodeLocation> locations = new ArrayList<>();
    for (int id : g.dataNodeIds()) {
      v.dataNode(id).map(TDataNodeRecord::getLocation).ifPresent(l -> locations.add(l.deepCopy()));
    }
    return new TRegionReplicaSet(StateRecords.groupId(g.id()), locations).setDatabase(g.database());
  }

  /** Replica sets of the given region ids that still exist, each once, in the order given. */
  static List<TRegionReplicaSet> replicaSets(ClusterStateView v, Iterable<Integer> regionIds) {
    List<TRegionReplicaSet> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int id : regionIds) {
      if (seen.add(id)) {
        v.regionGroup(id).ifPresent(g -> out.add(replicaSet(v, g)));
      }
    }
    return out;
  }
}
