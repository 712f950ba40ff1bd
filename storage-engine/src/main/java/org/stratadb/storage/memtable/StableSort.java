package org.stratadb.storage.memtable;

/**
 * A stable merge sort of positions by their times, on primitive arrays. Stability is what makes the
 * last write win: positions start in insertion order, so among equal times the latest insert stays
 * last. Already ordered stretches (the common case of mostly in-order writes) cost one comparison
 * per merge.
 */
final class StableSort {
  private static final int RUN = 32;

  private StableSort() {}

  /** Sorts {@code keys[0..n)} ascending, moving {@code positions} along. */
  static void sort(long[] keys, int[] positions, int n) {
    for (int lo = 0; lo < n; lo += RUN) {
      insertionSort(keys, positions, lo, Math.min(lo + RUN, n));
    }
    if (n <= RUN) {
      return;
    }
    long[] srcKeys = keys;
    int[] srcPositions = positions;
    long[] dstKeys = new long[n];
    int[] dstPositions = new int[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        merge(srcKeys, srcPositions, dstKeys, dstPositions, lo, mid, hi);
      }
      long[] k = srcKeys;
      srcKeys = dstKeys;
      dstKeys = k;
      int[] p = srcPositions;
      srcPositions = dstPositions;
      dstPositions = p;
    }
    if (srcKeys != keys) {
      System.arraycopy(srcKeys, 0, keys, 0, n);
      System.arraycopy(srcPositions, 0, positions, 0, n);
    }
  }

  private static void insertionSort(long[] keys, int[] positions, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      long key = keys[i];
      int position = positions[i];
      int j = i - 1;
      while (j >= lo && keys[j] > key) {
        keys[j + 1] = keys[j];
        positions[j + 1] = positions[j];
        j--;
      }
      keys[j + 1] = key;
      positions[j + 1] = position;
    }
  }

  private static void merge(
      long[] keys, int[] positions, long[] outKeys, int[] outPositions, int lo, int mid, int hi) {
    if (mid >= hi || keys[mid - 1] <= keys[mid]) {
      System.arraycopy(keys, lo, outKeys, lo, hi - lo);
      System.arraycopy(positions, lo, outPositions, lo, hi - lo);
      return;
    }
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && keys[i] <= keys[j])) {
        outKeys[k] = keys[i];
        outPositions[k] = positions[i++];
      } else {
        outKeys[k] = keys[j];
        outPositions[k] = positions[j++];
      }
    }
  }
}
