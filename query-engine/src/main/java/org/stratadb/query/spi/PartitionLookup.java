package org.stratadb.query.spi;

import java.util.List;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.storage.api.TimeRange;

/** The part of the partition table the query engine reads: where a device's data lives. */
public interface PartitionLookup {

  /**
   * The data regions holding {@code device}'s data in {@code range}: for the device's series slot,
   * each time partition slot that overlaps {@code range} and has a region assigned becomes a slice
   * of that region, clipped to {@code range}. Slices are disjoint and sorted by time; adjacent
   * slots of one region may be given as one slice. Slots without an assigned region hold no data
   * and are left out, so the list is empty for a device never written. Implementations should walk
   * the assigned slots rather than every slot of the range, which may be unbounded.
   *
   * @throws org.stratadb.commons.error.StrataException when the partition table cannot be read
   */
  List<RegionSlice> dataRegions(PartialPath device, TimeRange range);
}
