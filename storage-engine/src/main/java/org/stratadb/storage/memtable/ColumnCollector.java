package org.stratadb.storage.memtable;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.column.SortedColumn;

/** Copies column 0 of a cursor into a {@link SortedColumn}, one typed loop per type. */
final class ColumnCollector {

  private ColumnCollector() {}

  /** The copy, or null when the cursor has no row. */
  static SortedColumn collect(MemTableCursor cursor) {
    TSDataType type = cursor.type(0);
    int bound = cursor.remainingBound();
    long[] times = new long[bound];
    Object values;
    int size;
    switch (type) {
      case BOOLEAN:
        boolean[] booleans = new boolean[bound];
        for (size = 0; cursor.next(); size++) {
          times[size] = cursor.time();
          booleans[size] = cursor.getBoolean(0);
        }
        values = booleans;
        break;
      case INT32:
      case DATE:
        int[] ints = new int[bound];
        for (size = 0; cursor.next(); size++) {
          times[size] = cursor.time();
          ints[size] = cursor.getInt(0);
        }
        values = ints;
        break;
      case INT64:
      case TIMESTAMP:
        long[] longs = new long[bound];
        for (size = 0; cursor.next(); size++) {
          times[size] = cursor.time();
          longs[size] = cursor.getLong(0);
        }
        values = longs;
        break;
      default:
        return collectOther(cursor, type, times);
    }
    return size == 0 ? null : new SortedColumn(type, times, values, size);
  }

  private static SortedColumn collectOther(MemTableCursor cursor, TSDataType type, long[] times) {
    int bound = times.length;
    Object values;
    int size;
    switch (type) {
      case FLOAT:
        float[] floats = new float[bound];
        for (size = 0; cursor.next(); size++) {
          times[size] = cursor.time();
          floats[size] = cursor.getFloat(0);
        }
        values = floats;
        break;
      case DOUBLE:
        double[] doubles = new double[bound];
        for (size = 0; cursor.next(); size++) {
          times[size] = cursor.time();
          doubles[size] = cursor.getDouble(0);
        }
        values = doubles;
        break;
      default:
        Binary[] binaries = new Binary[bound];
        for (size = 0; cursor.next(); size++) {
          times[size] = cursor.time();
          binaries[size] = cursor.getBinary(0);
        }
        values = binaries;
    }
    return size == 0 ? null : new SortedColumn(type, times, values, size);
  }
}
