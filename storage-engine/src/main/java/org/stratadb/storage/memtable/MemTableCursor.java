package org.stratadb.storage.memtable;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.api.TimeRange;

/**
 * Walks the rows of one or more columns of a memtable point list in ascending time order, one row
 * per distinct time, without copying: the flush writes TsFiles from it and reads build their copies
 * from it. For each column the row holds the value of the latest insert that wrote a value at that
 * time (a null does not erase an older value); rows where no column has a value are skipped.
 *
 * <p>A cursor reads the memtable's blocks in place: use it under the caller's read lock, or on a
 * frozen memtable. It sees the points inserted before it was opened.
 */
public final class MemTableCursor {
  private final SortOrder order;
  private final ValueColumn[] columns;
  private final int[] current;
  private final int end;
  private int next;
  private long time;

  MemTableCursor(SortOrder order, ValueColumn[] columns, TimeRange range) {
    this.order = order;
    this.columns = columns;
    this.current = new int[columns.length];
    this.next = order.lowerBound(range.start());
    this.end = order.upperBound(range.end());
  }

  /** An upper bound of the rows still to come, for sizing arrays. */
  public int remainingBound() {
    return Math.max(0, end - next);
  }

  /** Moves to the next row; false when there is none. */
  public boolean next() {
    while (next < end) {
      int start = next;
      long t = order.time(start);
      int stop = start + 1;
      while (stop < end && order.time(stop) == t) {
        stop++;
      }
      next = stop;
      if (resolve(start, stop)) {
        time = t;
        return true;
      }
    }
    return false;
  }

  /** Picks, per column, the latest position of the group holding a value; -1 if none does. */
  private boolean resolve(int start, int stop) {
    boolean any = false;
    for (int c = 0; c < columns.length; c++) {
      int found = -1;
      ValueColumn column = columns[c];
      if (column != null) {
        for (int i = stop - 1; i >= start; i--) {
          int pos = order.position(i);
          if (column.isPresent(pos)) {
            found = pos;
            break;
          }
        }
      }
      current[c] = found;
      any |= found >= 0;
    }
    return any;
  }

  public long time() {
    return time;
  }

  public int columnCount() {
    return columns.length;
  }

  /** The type of a column, or null for a measurement this memtable does not hold. */
  public TSDataType type(int column) {
    return columns[column] == null ? null : columns[column].spec().type();
  }

  public boolean isNull(int column) {
    return current[column] < 0;
  }

  public boolean getBoolean(int column) {
    return columns[column].values().getBoolean(current[column]);
  }

  /** INT32 and DATE. */
  public int getInt(int column) {
    return columns[column].values().getInt(current[column]);
  }

  /** INT64 and TIMESTAMP. */
  public long getLong(int column) {
    return columns[column].values().getLong(current[column]);
  }

  public float getFloat(int column) {
    return columns[column].values().getFloat(current[column]);
  }

  public double getDouble(int column) {
    return columns[column].values().getDouble(current[column]);
  }

  /** TEXT, STRING and BLOB. */
  public Binary getBinary(int column) {
    return columns[column].values().getBinary(current[column]);
  }
}
