package org.stratadb.storage.memtable;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;

/**
 * The in-memory write buffer of one time partition: the points of any number of devices, aligned or
 * not, in primitive arrays of fixed-size blocks. Inserts append unsorted; sorting and
 * de-duplication (the later insert of a time wins) happen when a series is read or flushed.
 *
 * <p>Not thread-safe by itself: the caller inserts and deletes under a write lock and reads under a
 * read lock. Reads never change what other readers see, so they may run concurrently; a frozen
 * memtable may be flushed by one thread while others read it.
 */
public final class MemTable {
  /** Rough heap of a device's map entry and objects, before any series. */
  private static final long DEVICE_OVERHEAD = 200;

  private final Map<String, DeviceBuffer> devices = new HashMap<>();
  private final Set<String> deviceView = Collections.unmodifiableSet(devices.keySet());
  private final MemoryCounter memory = new MemoryCounter();
  private volatile long memoryBytes;
  private volatile long pointCount;

  /**
   * Inserts the rows {@code rows[0..rowCount)} of the tablet, or rows {@code 0..rowCount} when
   * {@code rows} is null. Null cells are not stored. Throws {@link IllegalArgumentException},
   * before storing anything, when a measurement appears twice in the tablet, has another type than
   * this memtable holds for it, or the device was first written with the other aligned flag.
   */
  public void insert(Tablet tablet, int[] rows, int rowCount) {
    SchemaChecks.checkRows(tablet, rows, rowCount);
    SchemaChecks.checkDistinct(tablet);
    if (rowCount == 0 || tablet.columnCount() == 0) {
      return; // no cell: not even the device is recorded
    }
    DeviceBuffer device = devices.get(tablet.device());
    if (device == null) {
      device = tablet.aligned() ? new AlignedDevice() : new NonAlignedDevice();
      devices.put(tablet.device(), device);
      memory.add(DEVICE_OVERHEAD);
    } else if (device.aligned() != tablet.aligned()) {
      throw new IllegalArgumentException(
          "device "
              + tablet.device()
              + " was written "
              + (device.aligned() ? "aligned" : "non-aligned")
              + " in this memtable, the write is "
              + (tablet.aligned() ? "aligned" : "non-aligned"));
    }
    long stored = device.insert(tablet, rows, rowCount, memory);
    pointCount += stored;
    memoryBytes = memory.bytes();
  }

  /** Heap held by the blocks allocated so far (an estimate, updated as blocks are allocated). */
  public long memoryBytes() {
    return memoryBytes;
  }

  /** Stored values, duplicates of a time included, deleted ones excluded. */
  public long pointCount() {
    return pointCount;
  }

  public boolean isEmpty() {
    return pointCount == 0;
  }

  /**
   * A sorted, de-duplicated copy of one series' points in {@code range}, nulls dropped; null when
   * there are none.
   */
  public SortedColumn read(String device, String measurement, TimeRange range) {
    MemTableCursor cursor = scan(device, measurement, range);
    return cursor == null ? null : ColumnCollector.collect(cursor);
  }

  /** A cursor over one series (of an aligned device or not); null if the series is unknown. */
  public MemTableCursor scan(String device, String measurement, TimeRange range) {
    DeviceBuffer buffer = devices.get(device);
    return buffer == null ? null : buffer.cursor(measurement, range);
  }

  /**
   * A cursor over several measurements of an aligned device, columns in the order given; a
   * measurement the memtable lacks reads as all nulls. Null if the device is unknown.
   */
  public MemTableCursor scanAligned(String device, List<String> measurements, TimeRange range) {
    DeviceBuffer buffer = devices.get(device);
    if (buffer == null) {
      return null;
    }
    if (!(buffer instanceof AlignedDevice aligned)) {
      throw new IllegalArgumentException("device " + device + " is not aligned");
    }
    return aligned.cursor(measurements, range);
  }

  /** The devices written, as a read-only live view: copy it before releasing the lock. */
  public Set<String> devices() {
    return deviceView;
  }

  /** Whether the device was written aligned; false for an unknown device. */
  public boolean isAligned(String device) {
    DeviceBuffer buffer = devices.get(device);
    return buffer != null && buffer.aligned();
  }

  /** The device's measurements in first-write order; empty for an unknown device. */
  public List<ColumnSpec> columns(String device) {
    DeviceBuffer buffer = devices.get(device);
    return buffer == null ? List.of() : buffer.columns();
  }

  /** Stored values of one series, duplicates included; 0 if unknown. */
  public long pointCount(String device, String measurement) {
    DeviceBuffer buffer = devices.get(device);
    return buffer == null ? 0 : buffer.pointCount(measurement);
  }

  /** The smallest time of the device's points; {@code Long.MAX_VALUE} when it has none. */
  public long minTime(String device) {
    DeviceBuffer buffer = devices.get(device);
    return buffer == null ? Long.MAX_VALUE : buffer.minTime();
  }

  /** The largest time of the device's points; {@code Long.MIN_VALUE} when it has none. */
  public long maxTime(String device) {
    DeviceBuffer buffer = devices.get(device);
    return buffer == null ? Long.MIN_VALUE : buffer.maxTime();
  }

  /** Removes the series' points in {@code range} in place. Under the caller's write lock. */
  public void delete(String device, String measurement, TimeRange range) {
    DeviceBuffer buffer = devices.get(device);
    if (buffer != null) {
      pointCount -= buffer.delete(measurement, range);
    }
  }
}
