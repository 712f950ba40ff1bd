package org.stratadb.datanode.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.partition.DeviceRoute;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.query.spi.PartitionLookup;
import org.stratadb.query.spi.RegionSlice;
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
    PartitionSlots slots = partitions.slots();
    long interval = slots.timePartitionInterval();
    List<long[]> assigned = new ArrayList<>();
    partitions
        .assignedTimeSlots(route.get())
        .forEach((slot, region) -> assigned.add(new long[] {slot, region}));
    assigned.sort(Comparator.comparingLong(a -> a[0]));
    List<RegionSlice> slices = new ArrayList<>();
    for (long[] a : assigned) {
      long start = Math.max(a[0], range.start());
      long end =
          a[0] > Long.MAX_VALUE - interval
              ? Long.MAX_VALUE
              : Math.min(a[0] + interval - 1, range.end());
      if (start > end) {
        continue;
      }
      int region = (int) a[1];
      RegionSlice last = slices.isEmpty() ? null : slices.get(slices.size() - 1);
      if (last != null && last.regionId() == region && last.range().end() == start - 1) {
        slices.set(
            slices.size() - 1, new RegionSlice(region, new TimeRange(last.range().start(), end)));
      } else {
        slices.add(new RegionSlice(region, new TimeRange(start, end)));
      }
    }
    return slices;
  }
}
