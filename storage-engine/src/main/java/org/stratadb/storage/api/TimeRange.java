package org.stratadb.storage.api;

/** A closed interval of timestamps, {@code [start, end]}. */
public record TimeRange(long start, long end) {

  public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

  public TimeRange {
    if (start > end) {
      throw new IllegalArgumentException("empty time range [" + start + ", " + end + "]");
    }
  }

  public boolean contains(long time) {
    return time >= start && time <= end;
  }

  public boolean overlaps(long otherStart, long otherEnd) {
    return otherStart <= end && otherEnd >= start;
  }

  /** Whether {@code [otherStart, otherEnd]} lies wholly inside this range. */
  public boolean covers(long otherStart, long otherEnd) {
    return otherStart >= start && otherEnd <= end;
  }
}
