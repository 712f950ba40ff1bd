package org.stratadb.storage.memtable;

import java.util.HashSet;
import java.util.Set;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

/** The checks a write passes before a device buffer changes. */
final class SchemaChecks {

  private SchemaChecks() {}

  /** Throws when {@code column} of the tablet has another type than the known {@code spec}. */
  static void checkType(Tablet tablet, int column, ColumnSpec known) {
    ColumnSpec spec = tablet.column(column);
    if (known != null && known.type() != spec.type()) {
      throw new IllegalArgumentException(
          "series "
              + tablet.device()
              + "."
              + spec.measurement()
              + " holds "
              + known.type()
              + " data in this memtable, the write has "
              + spec.type());
    }
  }

  /** Throws when a measurement appears twice in one tablet. */
  static void checkDistinct(Tablet tablet) {
    int n = tablet.columnCount();
    if (n > 64) {
      Set<String> seen = new HashSet<>();
      for (int c = 0; c < n; c++) {
        if (!seen.add(tablet.column(c).measurement())) {
          throw duplicate(tablet, c);
        }
      }
      return;
    }
    for (int c = 1; c < n; c++) {
      for (int d = 0; d < c; d++) {
        if (tablet.column(c).measurement().equals(tablet.column(d).measurement())) {
          throw duplicate(tablet, c);
        }
      }
    }
  }

  private static IllegalArgumentException duplicate(Tablet tablet, int column) {
    return new IllegalArgumentException(
        "measurement "
            + tablet.column(column).measurement()
            + " appears twice in one write to "
            + tablet.device());
  }

  /** Throws when the row selection does not fit the tablet. */
  static void checkRows(Tablet tablet, int[] rows, int rowCount) {
    int limit = rows == null ? tablet.rowCount() : rows.length;
    if (rowCount < 0 || rowCount > limit) {
      throw new IllegalArgumentException(
          "row count " + rowCount + " outside the selection of " + limit + " rows");
    }
    if (rows != null) {
      for (int i = 0; i < rowCount; i++) {
        if (rows[i] < 0 || rows[i] >= tablet.rowCount()) {
          throw new IllegalArgumentException(
              "row " + rows[i] + " outside the tablet of " + tablet.rowCount() + " rows");
        }
      }
    }
  }
}
