package org.stratadb.datanode.query;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.partition.DeviceRoute;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.query.spi.PartitionLookup;
import org.stratadb.query.spi.RegionSlice;
import org.stratadb.query.spi.RegionSlices;
import org.stratadb.storage.api.TimeRange;

/** Answers the query engine's "which regions hold this device's data" from the partition table. */
public final class ClusterPartitionLookup implements PartitionLookup {
  private final PartitionCache partitions;

  public ClusterPartitionLookup(PartitionCache partitions) {
    this.partitions = partitions;
  }

  @Override
  public List<RegionSlice> dataRegions(PartialPath device, TimeRange range) {
    Optional<DeviceRoute> route = partitions.routeForRead(device.toString());
    if (route.isEmpty()) {
      return List.of();
    }
    return RegionSlices.of(
        new TreeMap<>(partitions.assignedTimeSlots(route.get())),
        partitions.slots().timePartitionInterval(),
        range);
  }
}
