package org.stratadb.storage.memtable;

import org.apache.tsfile.enums.TSDataType;

/**
 * The times of a point list in insertion order. It knows whether they are strictly increasing so
 * far (then reads need no sort), and caches the sorted order readers compute.
 */
final class TimeList {
  private final BlockArray times = new BlockArray(TSDataType.INT64);
  private int size;
  private boolean strictlyIncreasing = true;
  private long minTime = Long.MAX_VALUE;
  private long maxTime = Long.MIN_VALUE;

  /**
   * The last order a reader computed. Appends only happen under the caller's write lock, so an
   * order whose size equals {@link #size} is current; readers may race to set it, each publishing
   * an immutable, equally valid order.
   */
  private volatile SortOrder sorted;

  int size() {
    return size;
  }

  long get(int pos) {
    return times.getLong(pos);
  }

  boolean strictlyIncreasing() {
    return strictlyIncreasing;
  }

  /** Appends the times of the rows in {@code runs}, in run order. */
  void append(long[] source, RowRuns runs, MemoryCounter memory) {
    for (int r = 0; r < runs.count(); r++) {
      int from = runs.from(r);
      int length = runs.length(r);
      times.copyIn(source, from, size, length, memory);
      observe(source, from, length);
      size += length;
    }
  }

  private void observe(long[] source, int from, int length) {
    long previous = size == 0 ? Long.MIN_VALUE : get(size - 1);
    boolean increasing = strictlyIncreasing && (size == 0 || source[from] > previous);
    long min = minTime;
    long max = maxTime;
    for (int i = from; i < from + length; i++) {
      long time = source[i];
      if (i > from && time <= source[i - 1]) {
        increasing = false;
      }
      min = Math.min(min, time);
      max = Math.max(max, time);
    }
    strictlyIncreasing = increasing;
    minTime = min;
    maxTime = max;
  }

  long minTime() {
    return minTime;
  }

  long maxTime() {
    return maxTime;
  }

  /** After a delete: the bounds of what is left (MAX/MIN when nothing is). */
  void setBounds(long min, long max) {
    minTime = min;
    maxTime = max;
  }

  SortOrder order() {
    SortOrder order = sorted;
    if (order == null || order.size() != size) {
      order = SortOrder.of(this, order);
      sorted = order;
    }
    return order;
  }
}
