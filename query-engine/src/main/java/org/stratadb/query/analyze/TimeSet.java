package org.stratadb.query.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stratadb.storage.api.TimeRange;

/**
 * A set of timestamps as sorted, disjoint, non-adjacent closed ranges: the time filter of a query.
 * Immutable.
 */
public final class TimeSet {
  private static final TimeSet ALL = new TimeSet(List.of(TimeRange.ALL));
  private static final TimeSet NONE = new TimeSet(List.of());

  private final List<TimeRange> ranges;

  private TimeSet(List<TimeRange> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  public static TimeSet all() {
    return ALL;
  }

  public static TimeSet none() {
    return NONE;
  }

  /** The times in {@code [start, end]}; empty when {@code start > end}. */
  public static TimeSet closed(long start, long end) {
    return start > end ? NONE : new TimeSet(List.of(new TimeRange(start, end)));
  }

  /** The times in {@code [start, end)}; empty when {@code start >= end}. */
  public static TimeSet halfOpen(long start, long end) {
    return start >= end ? NONE : closed(start, end - 1);
  }

  /** Any ranges, overlapping or not; they are sorted and merged. */
  public static TimeSet of(List<TimeRange> ranges) {
    List<TimeRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingLong(TimeRange::start));
    List<TimeRange> merged = new ArrayList<>();
    for (TimeRange r : sorted) {
      if (!merged.isEmpty()) {
        TimeRange last = merged.get(merged.size() - 1);
        if (last.end() == Long.MAX_VALUE || r.start() <= last.end() + 1) {
          merged.set(merged.size() - 1, new TimeRange(last.start(), Math.max(last.end(), r.end())));
          continue;
        }
      }
      merged.add(r);
    }
    return new TimeSet(merged);
  }

  public List<TimeRange> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  public boolean isAll() {
    return ranges.size() == 1 && ranges.get(0).equals(TimeRange.ALL);
  }

  /** The smallest single range holding the whole set; only for a non-empty set. */
  public TimeRange hull() {
    return new TimeRange(ranges.get(0).start(), ranges.get(ranges.size() - 1).end());
  }

  public boolean contains(long time) {
    for (TimeRange r : ranges) {
      if (r.contains(time)) {
        return true;
      }
    }
    return false;
  }

  public TimeSet intersect(TimeSet other) {
    List<TimeRange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < ranges.size() && j < other.ranges.size()) {
      TimeRange a = ranges.get(i);
      TimeRange b = other.ranges.get(j);
      long start = Math.max(a.start(), b.start());
      long end = Math.min(a.end(), b.end());
      if (start <= end) {
        out.add(new TimeRange(start, end));
      }
      if (a.end() < b.end()) {
        i++;
      } else {
        j++;
      }
    }
    return new TimeSet(out);
  }

  public TimeSet intersect(TimeRange range) {
    return intersect(new TimeSet(List.of(range)));
  }

  public TimeSet union(TimeSet other) {
    List<TimeRange> all = new ArrayList<>(ranges);
    all.addAll(other.ranges);
    return of(all);
  }

  public TimeSet complement() {
    List<TimeRange> out = new ArrayList<>();
    long cursor = Long.MIN_VALUE;
    for (TimeRange r : ranges) {
      if (r.start() > cursor) {
        out.add(new TimeRange(cursor, r.start() - 1));
      }
      if (r.end() == Long.MAX_VALUE) {
        return new TimeSet(out);
      }
      cursor = r.end() + 1;
    }
    out.add(new TimeRange(cursor, Long.MAX_VALUE));
    return new TimeSet(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSet other && other.ranges.equals(ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return ranges.toString();
  }
}
