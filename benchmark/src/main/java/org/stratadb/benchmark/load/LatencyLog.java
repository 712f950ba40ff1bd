package org.stratadb.benchmark.load;

import java.util.Arrays;
import java.util.Collection;

/**
 * Latencies in nanoseconds, kept exactly (a 30 s run makes at most a few million calls), with
 * nearest-rank percentiles. One log per thread; {@link #merge} combines them after the run.
 */
final class LatencyLog {
  private long[] nanos = new long[1024];
  private int size;
  private boolean sorted = true;

  void add(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
    sorted = false;
  }

  int size() {
    return size;
  }

  /** Every entry of the logs, in one log. */
  static LatencyLog merge(Collection<LatencyLog> logs) {
    LatencyLog all = new LatencyLog();
    int total = 0;
    for (LatencyLog l : logs) {
      total += l.size;
    }
    all.nanos = new long[Math.max(1, total)];
    for (LatencyLog l : logs) {
      System.arraycopy(l.nanos, 0, all.nanos, all.size, l.size);
      all.size += l.size;
    }
    all.sorted = all.size <= 1;
    return all;
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code p} percent of the values
   * at or below it; {@code p} in (0, 100]. NaN for an empty log.
   */
  double percentileNanos(double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
    }
    if (size == 0) {
      return Double.NaN;
    }
    sort();
    int rank = (int) Math.ceil(p / 100.0 * size);
    return nanos[Math.max(1, rank) - 1];
  }

  double maxNanos() {
    return size == 0 ? Double.NaN : percentileNanos(100);
  }

  double meanNanos() {
    if (size == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += nanos[i];
    }
    return sum / size;
  }

  private void sort() {
    if (!sorted) {
      Arrays.sort(nanos, 0, size);
      sorted = true;
    }
  }
}
