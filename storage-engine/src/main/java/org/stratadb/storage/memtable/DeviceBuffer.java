package org.stratadb.storage.memtable;

import java.util.List;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;

/** The points of one device in a memtable. */
interface DeviceBuffer {

  boolean aligned();

  /** The measurements in the order they were first written. */
  List<ColumnSpec> columns();

  /**
   * Stores the selected rows; returns the number of cells stored. Checks the whole tablet against
   * the known column types before changing anything.
   */
  long insert(Tablet tablet, int[] rows, int rowCount, MemoryCounter memory);

  /** A cursor over one measurement, or null when the device has no such measurement. */
  MemTableCursor cursor(String measurement, TimeRange range);

  /** Stored cells of one measurement (0 if unknown). */
  long pointCount(String measurement);

  long minTime();

  long maxTime();

  /** Removes one measurement's values in {@code range}; returns how many. */
  long delete(String measurement, TimeRange range);
}
