package org.stratadb.storage.api;

import java.lang.reflect.Array;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;

/** Rejects a malformed {@link Tablet} at construction, before it can reach the WAL. */
final class TabletChecks {

  private TabletChecks() {}

  static void check(Tablet tablet) {
    int rows = tablet.rowCount();
    if (rows < 0 || rows > tablet.times().length) {
      throw new IllegalArgumentException(
          "row count " + rows + " outside the time array of length " + tablet.times().length);
    }
    for (int c = 0; c < tablet.columnCount(); c++) {
      ColumnSpec spec = tablet.column(c);
      Object column = tablet.values(c);
      Class<?> expected = arrayClassOf(spec.type());
      if (column == null || column.getClass() != expected) {
        throw new IllegalArgumentException(
            "column "
                + spec.measurement()
                + " of type "
                + spec.type()
                + " needs a "
                + expected.getSimpleName()
                + ", got "
                + (column == null ? "null" : column.getClass().getSimpleName()));
      }
      if (Array.getLength(column) < rows) {
        throw new IllegalArgumentException(
            "column " + spec.measurement() + " has fewer values than the " + rows + " rows");
      }
    }
  }

  static Class<?> arrayClassOf(TSDataType type) {
    switch (type) {
      case BOOLEAN:
        return boolean[].class;
      case INT32:
      case DATE:
        return int[].class;
      case INT64:
      case TIMESTAMP:
        return long[].class;
      case FLOAT:
        return float[].class;
      case DOUBLE:
        return double[].class;
      case TEXT:
      case STRING:
      case BLOB:
        return Binary[].class;
      default:
        throw new IllegalArgumentException("unsupported data type " + type);
    }
  }
}
