package org.stratadb.query.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.stratadb.storage.api.TimeRange;

/** Helps implement {@link PartitionLookup} from a partition table of time slots. */
public final class RegionSlices {
  private RegionSlices() {}

  /**
   * The slices of one device in {@code range}, from its series slot's assigned time slots: {@code
   * slots} maps each assigned time slot's start to its data region, every slot {@code interval}
   * long. Only the slots overlapping {@code range} are visited; adjacent slots of one region merge
   * into one slice.
   */
  public static List<RegionSlice> of(
      NavigableMap<Long, Integer> slots, long interval, TimeRange range) {
    List<RegionSlice> out = new ArrayList<>();
    Long first = slots.floorKey(range.start());
    NavigableMap<Long, Integer> candidates =
        first == null
            ? slots.headMap(range.end(), true)
            : slots.subMap(first, true, range.end(), true);
    for (Map.Entry<Long, Integer> slot : candidates.entrySet()) {
      long start = slot.getKey();
      long end = start > Long.MAX_VALUE - interval ? Long.MAX_VALUE : start + interval - 1;
      if (!range.overlaps(start, end)) {
        continue;
      }
      TimeRange clipped = new TimeRange(Math.max(start, range.start()), Math.min(end, range.end()));
      int region = slot.getValue();
      RegionSlice last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.regionId() == region
          && last.range().end() != Long.MAX_VALUE
          && last.range().end() + 1 == clipped.start()) {
        out.set(
            out.size() - 1,
            new RegionSlice(region, new TimeRange(last.range().start(), clipped.end())));
      } else {
        out.add(new RegionSlice(region, clipped));
      }
    }
    return out;
  }
}
