package org.stratadb.confignode.state;

import java.util.List;
import org.stratadb.consensus.api.ConsensusGroupId;

/**
 * One region group as the cluster state records it.
 *
 * @param id schema or data region id; ids are unique across both types
 * @param database the database whose slots the group serves
 * @param dataNodeIds the DataNodes holding a replica; the first is the preferred leader
 * @param createTime milliseconds since the epoch, as decided by the allocating leader
 */
public record RegionGroup(
    ConsensusGroupId id, String database, List<Integer> dataNodeIds, long createTime) {

  public RegionGroup {
    dataNodeIds = List.copyOf(dataNodeIds);
  }

  public boolean isSchema() {
    return id.type() == ConsensusGroupId.Type.SCHEMA_REGION;
  }
}
