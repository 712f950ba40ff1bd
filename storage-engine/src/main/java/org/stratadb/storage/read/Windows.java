package org.stratadb.storage.read;

import org.stratadb.storage.api.AggregationQuery;

/**
 * The windows of an {@link AggregationQuery}: window {@code k} is {@code [start + k*step, start +
 * k*step + interval)} clipped to the range, or the whole range when there is no interval.
 */
final class Windows {
  /** Beyond this the result list could not be held; such a query is a mistake. */
  static final long MAX_WINDOWS = 50_000_000L;

  private final long rangeStart;
  private final long rangeEnd;
  private final long interval;
  private final long step;
  private final long count;

  Windows(AggregationQuery query) {
    this.rangeStart = query.range().start();
    this.rangeEnd = query.range().end();
    this.interval = query.interval();
    this.step = query.step();
    if (interval == 0) {
      count = 1;
      return;
    }
    long span;
    try {
      span = Math.subtractExact(rangeEnd, rangeStart);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("range too wide for windows: " + query.range(), e);
    }
    count = span / step + 1;
    if (count > MAX_WINDOWS) {
      throw new IllegalArgumentException(count + " windows asked for, at most " + MAX_WINDOWS);
    }
  }

  long count() {
    return count;
  }

  long start(long k) {
    return interval == 0 ? rangeStart : rangeStart + k * step;
  }

  /** The last time of window {@code k}, inclusive. */
  long end(long k) {
    if (interval == 0) {
      return rangeEnd;
    }
    long start = start(k);
    return start > rangeEnd - (interval - 1) ? rangeEnd : start + interval - 1;
  }

  /** The first window ending at or after {@code time} (which lies in the range). */
  long firstReaching(long time) {
    if (interval == 0) {
      return 0;
    }
    long offset = time - rangeStart - (interval - 1);
    return offset <= 0 ? 0 : (offset - 1) / step + 1;
  }

  /** The last window starting at or before {@code time} (which lies in the range). */
  long lastReaching(long time) {
    if (interval == 0) {
      return 0;
    }
    return Math.min(count - 1, (time - rangeStart) / step);
  }

  /** Whether window {@code k} holds all of {@code [start, end]}. */
  boolean covers(long k, long start, long end) {
    return start(k) <= start && end(k) >= end;
  }
}
