package org.stratadb.storage.tsfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.memtable.MemTable;

/** The series of a memtable device that go into a file. */
final class DeviceColumns {

  private DeviceColumns() {}

  /** The device's columns that still hold points, sorted by measurement. */
  static List<ColumnSpec> withPoints(MemTable table, String device) {
    List<ColumnSpec> specs = new ArrayList<>();
    for (ColumnSpec spec : table.columns(device)) {
      if (table.pointCount(device, spec.measurement()) > 0) {
        specs.add(spec);
      }
    }
    specs.sort(Comparator.comparing(ColumnSpec::measurement));
    return specs;
  }
}
