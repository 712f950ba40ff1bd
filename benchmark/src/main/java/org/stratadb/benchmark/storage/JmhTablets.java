package org.stratadb.benchmark.storage;

import java.util.SplittableRandom;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

/** The tablet the JMH benchmarks write: {@value #ROWS} rows of {@value #COLUMNS} DOUBLE columns. */
final class JmhTablets {
  static final int ROWS = 1000;
  static final int COLUMNS = 100;
  static final int POINTS = ROWS * COLUMNS;
  static final long SEED = 20_241_122L;

  private JmhTablets() {}

  /**
   * Random-walk values, timestamps {@code 0, 1000, ...}; the time array is the caller's to shift.
   */
  static Tablet doubles(String device) {
    SplittableRandom random = new SplittableRandom(SEED);
    ColumnSpec[] columns = new ColumnSpec[COLUMNS];
    Object[] values = new Object[COLUMNS];
    for (int c = 0; c < COLUMNS; c++) {
      columns[c] = ColumnSpec.of(Workload.sensor(c), TSDataType.DOUBLE);
      double[] column = new double[ROWS];
      double value = random.nextDouble() * 100;
      for (int r = 0; r < ROWS; r++) {
        value += random.nextDouble() - 0.5;
        column[r] = value;
      }
      values[c] = column;
    }
    long[] times = new long[ROWS];
    for (int r = 0; r < ROWS; r++) {
      times[r] = r * Workload.STEP_MILLIS;
    }
    return new Tablet(device, false, columns, times, values, null, ROWS);
  }

  /** Moves the tablet's rows one tablet-length later, so repeated writes keep time order. */
  static void advance(Tablet tablet) {
    long[] times = tablet.times();
    long shift = (long) ROWS * Workload.STEP_MILLIS;
    for (int r = 0; r < ROWS; r++) {
      times[r] += shift;
    }
  }
}
