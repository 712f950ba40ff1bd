package org.stratadb.session;

/** A stable index sort by timestamp without boxing. */
final class TimeOrder {
  private TimeOrder() {}

  /** Indexes {@code 0..n-1} ordered by {@code times}, equal times keeping their order. */
  static int[] sortedIndexes(long[] times, int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] buf = new int[n];
    for (int width = 1; width < n; width <<= 1) {
      for (int lo = 0; lo < n - width; lo += width << 1) {
        merge(times, a, buf, lo, lo + width, Math.min(lo + (width << 1), n));
      }
    }
    return a;
  }

  private static void merge(long[] times, int[] a, int[] buf, int lo, int mid, int hi) {
    System.arraycopy(a, lo, buf, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (i < mid && (j >= hi || times[buf[i]] <= times[buf[j]])) {
        a[k] = buf[i++];
      } else {
        a[k] = buf[j++];
      }
    }
  }
}
