package org.stratadb.benchmark.load;

import java.util.SplittableRandom;
import org.stratadb.session.Tablet;

/**
 * One device's data stream: timestamps {@code stepMillis} apart from {@code firstTime}, and one
 * random walk per sensor that starts in [0, 100) and moves by a uniform step in [-0.5, 0.5) per
 * row. The stream depends only on the seed and on how many rows were taken before, so the runs of
 * one generator continue each other's series without overlapping in time.
 *
 * <p>Not thread-safe: a device has one writer thread.
 */
final class DeviceWalk {
  private final SplittableRandom random;
  private final double[] values;
  private final long stepMillis;
  private long nextTime;
  private long rows;

  DeviceWalk(long seed, int sensors, long firstTime, long stepMillis) {
    this.random = new SplittableRandom(seed);
    this.values = new double[sensors];
    for (int s = 0; s < sensors; s++) {
      values[s] = random.nextDouble() * 100;
    }
    this.stepMillis = stepMillis;
    this.nextTime = firstTime;
  }

  /** Fills the first {@code n} rows of {@code tablet} (one DOUBLE column per sensor). */
  void fill(Tablet tablet, int n) {
    long[] times = tablet.timestamps();
    for (int r = 0; r < n; r++) {
      times[r] = nextTime + r * stepMillis;
    }
    // Column by column, so each walk stays in a register.
    for (int s = 0; s < values.length; s++) {
      double[] column = tablet.doubleColumn(s);
      double v = values[s];
      for (int r = 0; r < n; r++) {
        v += random.nextDouble() - 0.5;
        column[r] = v;
      }
      values[s] = v;
    }
    tablet.setRowSize(n);
    nextTime += n * stepMillis;
    rows += n;
  }

  /** Rows generated so far. */
  long rows() {
    return rows;
  }

  /** The timestamp the next row gets. */
  long nextTime() {
    return nextTime;
  }

  /** The walk's current value of sensor {@code s}. */
  double value(int s) {
    return values[s];
  }
}
