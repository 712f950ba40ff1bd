package org.stratadb.storage.read;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.column.ColumnValues;
import org.stratadb.storage.column.SortedColumn;

/**
 * A growable column of one type that becomes a {@link SortedColumn}; callers append in ascending
 * time order. Values go straight into primitive arrays, never boxed.
 */
final class PointBuffer {
  private final TSDataType type;
  private final byte kind;
  private long[] times;
  private Object values;
  private int size;

  PointBuffer(TSDataType type, int capacity) {
    this.type = type;
    this.kind = Columns.kindOf(type);
    int initial = Math.max(capacity, 8);
    this.times = new long[initial];
    this.values = ColumnValues.newArray(type, initial);
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  long lastTime() {
    return times[size - 1];
  }

  /** Appends points {@code [from, to)} of a column of the same type. */
  void appendRange(SortedColumn source, int from, int to) {
    int count = to - from;
    if (count <= 0) {
      return;
    }
    ensure(count);
    System.arraycopy(source.times(), from, times, size, count);
    System.arraycopy(source.values(), from, values, size, count);
    size += count;
  }

  /** Appends one point of a column of the same type. */
  void append(SortedColumn source, int index) {
    ensure(1);
    times[size] = source.time(index);
    switch (kind) {
      case Columns.BOOLEAN -> ((boolean[]) values)[size] = source.getBoolean(index);
      case Columns.INT -> ((int[]) values)[size] = source.getInt(index);
      case Columns.LONG -> ((long[]) values)[size] = source.getLong(index);
      case Columns.FLOAT -> ((float[]) values)[size] = source.getFloat(index);
      case Columns.DOUBLE -> ((double[]) values)[size] = source.getDouble(index);
      default -> ((Binary[]) values)[size] = source.getBinary(index);
    }
    size++;
  }

  void appendBoolean(long time, boolean value) {
    ensure(1);
    times[size] = time;
    ((boolean[]) values)[size++] = value;
  }

  void appendInt(long time, int value) {
    ensure(1);
    times[size] = time;
    ((int[]) values)[size++] = value;
  }

  void appendLong(long time, long value) {
    ensure(1);
    times[size] = time;
    ((long[]) values)[size++] = value;
  }

  void appendFloat(long time, float value) {
    ensure(1);
    times[size] = time;
    ((float[]) values)[size++] = value;
  }

  void appendDouble(long time, double value) {
    ensure(1);
    times[size] = time;
    ((double[]) values)[size++] = value;
  }

  void appendBinary(long time, Binary value) {
    ensure(1);
    times[size] = time;
    ((Binary[]) values)[size++] = value;
  }

  /** Hands the arrays over to a column; the buffer starts afresh. */
  SortedColumn build() {
    SortedColumn column = new SortedColumn(type, times, values, size);
    times = new long[8];
    values = ColumnValues.newArray(type, 8);
    size = 0;
    return column;
  }

  private void ensure(int extra) {
    if (size + extra <= times.length) {
      return;
    }
    int capacity = Math.max(times.length * 2, size + extra);
    long[] grownTimes = new long[capacity];
    System.arraycopy(times, 0, grownTimes, 0, size);
    Object grownValues = ColumnValues.newArray(type, capacity);
    System.arraycopy(values, 0, grownValues, 0, size);
    times = grownTimes;
    values = grownValues;
  }
}
