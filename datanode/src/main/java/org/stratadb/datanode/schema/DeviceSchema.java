package org.stratadb.datanode.schema;

import java.util.Arrays;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.storage.api.ColumnSpec;

/**
 * An immutable view of one device's measurements for the write path: whether it is aligned, and a
 * lookup by measurement name in O(1) that never allocates. A region caches one view per device and
 * replaces it when the device changes, so a caller may keep a view only for the duration of one
 * write.
 */
public final class DeviceSchema {
  private final PartialPath device;
  private final String deviceText;
  private final boolean aligned;
  private final ColumnSpec[] columns;

  /** Open addressing: slot holds index + 1 into columns, 0 = empty. */
  private final int[] slots;

  private final int mask;

  DeviceSchema(PartialPath device, boolean aligned, ColumnSpec[] columns) {
    this.device = device;
    this.deviceText = device.toString();
    this.aligned = aligned;
    this.columns = columns;
    int capacity = Integer.highestOneBit(Math.max(4, columns.length * 2 - 1)) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < columns.length; i++) {
      int slot = spread(columns[i].measurement().hashCode()) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  static DeviceSchema of(PartialPath device, InnerNode node) {
    Node[] children = node.sortedChildren();
    ColumnSpec[] columns = new ColumnSpec[node.measurementCount()];
    int n = 0;
    for (Node child : children) {
      if (child instanceof MeasurementNode m && n < columns.length) {
        columns[n++] = m.column;
      }
    }
    return new DeviceSchema(
        device, node.isAligned(), n == columns.length ? columns : Arrays.copyOf(columns, n));
  }

  public PartialPath device() {
    return device;
  }

  /** The canonical text of the device path. */
  public String deviceText() {
    return deviceText;
  }

  public boolean aligned() {
    return aligned;
  }

  /** The number of measurements. */
  public int size() {
    return columns.length;
  }

  /** The position of a measurement by its name (not its alias), or -1. */
  public int indexOf(String measurement) {
    int slot = spread(measurement.hashCode()) & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (columns[entry - 1].measurement().equals(measurement)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  public ColumnSpec column(int index) {
    return columns[index];
  }

  public TSDataType type(int index) {
    return columns[index].type();
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  @Override
  public String toString() {
    return deviceText + (aligned ? " (aligned) " : " ") + Arrays.toString(columns);
  }
}
