package org.stratadb.storage.memtable;

/**
 * The positions of a {@link TimeList} ordered by time, equal times in insertion order. Immutable;
 * it covers the first {@link #size()} positions, which later appends never change.
 */
final class SortOrder {
  private final TimeList list;
  private final int size;

  /** Null when the list was strictly increasing: position {@code i} is then index {@code i}. */
  private final int[] positions;

  private final long[] times;

  private SortOrder(TimeList list, int size, int[] positions, long[] times) {
    this.list = list;
    this.size = size;
    this.positions = positions;
    this.times = times;
  }

  /**
   * The order of {@code list} now. When {@code previous} covers a prefix of it, only the appended
   * positions are sorted and then merged in, so a memtable read between every few inserts does not
   * re-sort everything.
   */
  static SortOrder of(TimeList list, SortOrder previous) {
    int n = list.size();
    if (list.strictlyIncreasing()) {
      return new SortOrder(list, n, null, null);
    }
    int done = previous == null ? 0 : previous.size;
    int added = n - done;
    long[] addedTimes = new long[added];
    int[] addedPositions = new int[added];
    for (int i = 0; i < added; i++) {
      addedTimes[i] = list.get(done + i);
      addedPositions[i] = done + i;
    }
    StableSort.sort(addedTimes, addedPositions, added);
    if (done == 0) {
      return new SortOrder(list, n, addedPositions, addedTimes);
    }
    long[] times = new long[n];
    int[] positions = new int[n];
    int i = 0;
    int j = 0;
    for (int k = 0; k < n; k++) {
      // on equal times the older positions go first, so the later insert stays last
      if (j >= added || (i < done && previous.time(i) <= addedTimes[j])) {
        times[k] = previous.time(i);
        positions[k] = previous.position(i++);
      } else {
        times[k] = addedTimes[j];
        positions[k] = addedPositions[j++];
      }
    }
    return new SortOrder(list, n, positions, times);
  }

  int size() {
    return size;
  }

  int position(int index) {
    return positions == null ? index : positions[index];
  }

  long time(int index) {
    return times == null ? list.get(index) : times[index];
  }

  /** The first index whose time is at least {@code time} ({@link #size()} if none). */
  int lowerBound(long time) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (time(mid) < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose time is after {@code time} ({@link #size()} if none). */
  int upperBound(long time) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (time(mid) <= time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
