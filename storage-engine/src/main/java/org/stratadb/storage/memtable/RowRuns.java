package org.stratadb.storage.memtable;

import java.util.Arrays;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.api.Tablet;

/**
 * The cells one column of an insert stores, as maximal runs of consecutive tablet rows, so that
 * they are copied with {@code System.arraycopy} instead of point by point. A run records its first
 * tablet row, its length, and the index of that row within the insert's row selection (where an
 * aligned device puts it). Reused across the columns of one insert.
 */
final class RowRuns {
  private int[] from = new int[4];
  private int[] length = new int[4];
  private int[] index = new int[4];
  private int count;
  private int stored;

  /**
   * Collects the selected rows ({@code rows[0..rowCount)}, or {@code 0..rowCount} when {@code rows}
   * is null) whose cell in {@code column} holds a value; {@code column} -1 takes every row.
   */
  RowRuns build(Tablet tablet, int column, int[] rows, int rowCount) {
    count = 0;
    stored = 0;
    boolean nullable = column >= 0 && tablet.mayHaveNulls(column);
    // a null reference in a text column is taken as a null cell rather than stored
    Binary[] binaries = column >= 0 && tablet.values(column) instanceof Binary[] b ? b : null;
    if (rows == null && !nullable && binaries == null) {
      if (rowCount > 0) {
        add(0, rowCount, 0);
      }
      stored = rowCount;
      return this;
    }
    collect(tablet, column, nullable, binaries, rows, rowCount);
    return this;
  }

  private void collect(
      Tablet tablet, int column, boolean nullable, Binary[] binaries, int[] rows, int rowCount) {
    for (int i = 0; i < rowCount; i++) {
      int row = rows == null ? i : rows[i];
      if ((nullable && tablet.isNull(column, row)) || (binaries != null && binaries[row] == null)) {
        continue;
      }
      int last = count - 1;
      if (last >= 0 && from[last] + length[last] == row && index[last] + length[last] == i) {
        length[last]++;
      } else {
        add(row, 1, i);
      }
      stored++;
    }
  }

  private void add(int row, int runLength, int selectionIndex) {
    if (count == from.length) {
      from = Arrays.copyOf(from, count * 2);
      length = Arrays.copyOf(length, count * 2);
      index = Arrays.copyOf(index, count * 2);
    }
    from[count] = row;
    length[count] = runLength;
    index[count] = selectionIndex;
    count++;
  }

  int count() {
    return count;
  }

  /** Cells in all runs. */
  int stored() {
    return stored;
  }

  int from(int run) {
    return from[run];
  }

  int length(int run) {
    return length[run];
  }

  /** Index of the run's first row within the row selection. */
  int index(int run) {
    return index[run];
  }
}
