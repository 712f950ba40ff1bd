package org.stratadb.datanode.write;

import java.util.List;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.datanode.region.RegionManager;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.TDatabaseRegions;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.TimeRange;

/**
 * DELETE FROM and {@code deleteData}: a deletion of a path pattern and time range goes to every
 * data region of the databases the pattern reaches.
 */
public final class DataDeleter {
  private final PartitionCache partitions;
  private final RegionManager regions;

  public DataDeleter(PartitionCache partitions, RegionManager regions) {
    this.partitions = partitions;
    this.regions = regions;
  }

  /** Deletes the points of the matching series with time in {@code [start, end]}. */
  public void delete(List<PartialPath> patterns, long start, long end) {
    if (start > end) {
      return;
    }
    TimeRange range = new TimeRange(start, end);
    for (PartialPath pattern : patterns) {
      Deletion deletion = new Deletion(pattern.toString(), range);
      for (TDatabaseRegions db : partitions.regionsOf(List.of(pattern.toString()))) {
        for (TRegionReplicaSet set : db.getDataRegions()) {
          apply(regions.requireDataRegion(set.getRegionId().getId()), deletion);
        }
      }
    }
  }

  private static void apply(DataRegion region, Deletion deletion) {
    try {
      region.delete(deletion);
    } catch (StorageException e) {
      throw new StrataException(
          StatusCode.WRITE_PROCESS_ERROR,
          "deleting " + deletion.pathPattern() + " failed: " + e.getMessage(),
          e);
    }
  }
}
