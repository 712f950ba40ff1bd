package org.stratadb.query.analyze;

import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.storage.api.TimeRange;

/**
 * {@code GROUP BY ([start, end), interval, step)}: windows {@code [start + k*step, start + k*step +
 * interval)} clipped to the end, for every k whose window starts before {@code end}. A window is
 * labelled by its start time, or with {@code labelByEnd} by its last time: IoTDB's left-open form
 * {@code ((s, e], ...)} is {@code [s+1, e+1)} labelled by end.
 */
public record GroupByTime(long start, long end, long interval, long step, boolean labelByEnd) {

  public GroupByTime {
    if (interval <= 0 || step <= 0) {
      throw new StrataException(
          StatusCode.SEMANTIC_ERROR, "The time interval and sliding step should be positive");
    }
    if (start >= end) {
      throw new StrataException(
          StatusCode.SEMANTIC_ERROR, "Start time should be smaller than endTime in GroupBy");
    }
  }

  public GroupByTime(long start, long end, long interval, long step) {
    this(start, end, interval, step, false);
  }

  /**
   * {@code GROUP BY ((start, end], interval, step)}: windows open at the left, closed at the right.
   */
  public static GroupByTime leftOpen(long start, long end, long interval, long step) {
    return new GroupByTime(start + 1, end + 1, interval, step, true);
  }

  public static GroupByTime tumbling(long start, long end, long interval) {
    return new GroupByTime(start, end, interval, interval);
  }

  /** How many windows there are. */
  public long windowCount() {
    return (end - 1 - start) / step + 1;
  }

  public long windowStart(long k) {
    return start + k * step;
  }

  /** The time that labels window {@code k} in results. */
  public long label(long k) {
    return labelByEnd ? windowLast(k) : windowStart(k);
  }

  /** The last time of window {@code k}, inclusive. */
  public long windowLast(long k) {
    long s = windowStart(k);
    return end - 1 - s < interval ? end - 1 : s + interval - 1;
  }

  /** The times the windows cover together. */
  public TimeRange range() {
    return new TimeRange(start, end - 1);
  }

  /** The first window whose end reaches {@code time} (which is at least {@code start}). */
  public long firstWindowReaching(long time) {
    long offset = time - start - (interval - 1);
    return offset <= 0 ? 0 : (offset - 1) / step + 1;
  }

  /** The last window starting at or before {@code time} (which is at least {@code start}). */
  public long lastWindowStartingBy(long time) {
    return Math.min(windowCount() - 1, (time - start) / step);
  }
}
