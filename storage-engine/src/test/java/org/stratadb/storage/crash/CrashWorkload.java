package org.stratadb.storage.crash;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;

/**
 * The deterministic operations of the crash test: operation {@code n} is always the same write or
 * deletion, so the parent can rebuild what each acknowledged operation did without the child
 * telling it more than the operation's number.
 */
final class CrashWorkload {
  static final int DEVICES = 4;
  static final int ROWS = 200;
  static final List<String> MEASUREMENTS = List.of("s0", "s1", "s2");

  private CrashWorkload() {}

  static String device(long op) {
    return "root.crash.d" + (op % DEVICES);
  }

  static boolean aligned(long op) {
    return op % DEVICES == 0;
  }

  /** Every 13th operation deletes; the others write. */
  static boolean isDeletion(long op) {
    return op % 13 == 12;
  }

  /**
   * Writes move forward in time, except every 5th, which rewrites an earlier operation's times with
   * new values: that is what sends points to the unsequence space.
   */
  static long firstTime(long op) {
    long base = op % 5 == 4 ? Math.max(0, op - 9) : op;
    return base * ROWS;
  }

  static double value(long op, int column, long time) {
    return op * 1_000_000.0 + column * 100_000.0 + (time % 100_000);
  }

  static Tablet write(long op) {
    long[] times = new long[ROWS];
    Object[] values = new Object[MEASUREMENTS.size()];
    ColumnSpec[] columns = new ColumnSpec[MEASUREMENTS.size()];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = ColumnSpec.of(MEASUREMENTS.get(c), TSDataType.DOUBLE);
      values[c] = new double[ROWS];
    }
    for (int row = 0; row < ROWS; row++) {
      times[row] = firstTime(op) + row;
      for (int c = 0; c < columns.length; c++) {
        ((double[]) values[c])[row] = value(op, c, times[row]);
      }
    }
    return new Tablet(device(op), aligned(op), columns, times, values, null, ROWS);
  }

  /** Deletes half of the rows an earlier write to the same device made, of one measurement. */
  static Deletion deletion(long op) {
    long start = Math.max(0, op - 2L * DEVICES) * ROWS + ROWS / 4;
    return new Deletion(
        device(op) + "." + MEASUREMENTS.get((int) (op % MEASUREMENTS.size())),
        new TimeRange(start, start + ROWS / 2 - 1));
  }
}
