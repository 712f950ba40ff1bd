package org.stratadb.storage.read;

import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.column.ColumnValues;
import org.stratadb.storage.column.SortedColumn;

/** Small helpers over {@link SortedColumn}s and their primitive arrays. */
final class Columns {
  static final byte BOOLEAN = 0;
  static final byte INT = 1;
  static final byte LONG = 2;
  static final byte FLOAT = 3;
  static final byte DOUBLE = 4;
  static final byte BINARY = 5;

  private Columns() {}

  /** The storage kind of a type: which primitive array holds its values. */
  static byte kindOf(TSDataType type) {
    switch (type) {
      case BOOLEAN:
        return BOOLEAN;
      case INT32:
      case DATE:
        return INT;
      case INT64:
      case TIMESTAMP:
        return LONG;
      case FLOAT:
        return FLOAT;
      case DOUBLE:
        return DOUBLE;
      case TEXT:
      case STRING:
      case BLOB:
        return BINARY;
      default:
        throw new IllegalArgumentException("unsupported data type " + type);
    }
  }

  static SortedColumn empty(TSDataType type) {
    return new SortedColumn(type, new long[0], ColumnValues.newArray(type, 0), 0);
  }

  /** The first index in {@code [from, to)} whose time is at least {@code time}, else {@code to}. */
  static int lowerBound(long[] times, int from, int to, long time) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index in {@code [from, to)} whose time is above {@code time}, else {@code to}. */
  static int upperBound(long[] times, int from, int to, long time) {
    return time == Long.MAX_VALUE ? to : lowerBound(times, from, to, time + 1);
  }
}
