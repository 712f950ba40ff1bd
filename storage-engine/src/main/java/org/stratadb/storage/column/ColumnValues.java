package org.stratadb.storage.column;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;

/** Typed value arrays (the array kinds of {@link SortedColumn}): made, and read boxed. */
public final class ColumnValues {

  private ColumnValues() {}

  /** A new value array of {@code type} with room for {@code capacity} values. */
  public static Object newArray(TSDataType type, int capacity) {
    switch (type) {
      case BOOLEAN:
        return new boolean[capacity];
      case INT32:
      case DATE:
        return new int[capacity];
      case INT64:
      case TIMESTAMP:
        return new long[capacity];
      case FLOAT:
        return new float[capacity];
      case DOUBLE:
        return new double[capacity];
      case TEXT:
      case STRING:
      case BLOB:
        return new Binary[capacity];
      default:
        throw new IllegalArgumentException("unsupported data type " + type);
    }
  }

  /** For slow paths only: tests, last values, results of single points. */
  public static Object box(TSDataType type, Object values, int index) {
    switch (type) {
      case BOOLEAN:
        return ((boolean[]) values)[index];
      case INT32:
      case DATE:
        return ((int[]) values)[index];
      case INT64:
      case TIMESTAMP:
        return ((long[]) values)[index];
      case FLOAT:
        return ((float[]) values)[index];
      case DOUBLE:
        return ((double[]) values)[index];
      default:
        return ((Binary[]) values)[index];
    }
  }
}
