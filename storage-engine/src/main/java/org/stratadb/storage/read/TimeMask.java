package org.stratadb.storage.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;

/**
 * The times a read may return: a read range minus deleted ranges and minus the times before a TTL
 * bound, kept as sorted, disjoint, closed intervals. Immutable.
 */
public final class TimeMask {
  private static final TimeMask EMPTY = new TimeMask(new long[0], new long[0]);

  private final long[] starts;
  private final long[] ends;

  private TimeMask(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** All of {@code range}. */
  public static TimeMask of(TimeRange range) {
    return new TimeMask(new long[] {range.start()}, new long[] {range.end()});
  }

  /**
   * {@code range}, without the {@code deleted} ranges (in any order, may overlap) and without the
   * times before {@code visibleFrom}.
   */
  public static TimeMask of(TimeRange range, List<TimeRange> deleted, long visibleFrom) {
    long cursor = Math.max(range.start(), visibleFrom);
    long end = range.end();
    if (cursor > end) {
      return EMPTY;
    }
    List<TimeRange> sorted = new ArrayList<>(deleted);
    sorted.sort(Comparator.comparingLong(TimeRange::start));
    List<long[]> kept = new ArrayList<>();
    for (TimeRange cut : sorted) {
      if (cut.end() < cursor) {
        continue;
      }
      if (cut.start() > end) {
        break;
      }
      if (cut.start() > cursor) {
        kept.add(new long[] {cursor, cut.start() - 1});
      }
      if (cut.end() >= end) {
        return build(kept);
      }
      cursor = cut.end() + 1;
    }
    kept.add(new long[] {cursor, end});
    return build(kept);
  }

  private static TimeMask build(List<long[]> intervals) {
    if (intervals.isEmpty()) {
      return EMPTY;
    }
    long[] starts = new long[intervals.size()];
    long[] ends = new long[intervals.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = intervals.get(i)[0];
      ends[i] = intervals.get(i)[1];
    }
    return new TimeMask(starts, ends);
  }

  public boolean isEmpty() {
    return starts.length == 0;
  }

  /** Whether every time in {@code [start, end]} is visible. */
  public boolean coversAll(long start, long end) {
    int k = seek(0, start);
    return k < starts.length && starts[k] <= start && ends[k] >= end;
  }

  /** Whether no time in {@code [start, end]} is visible. */
  public boolean hidesAll(long start, long end) {
    int k = seek(0, start);
    return k == starts.length || starts[k] > end;
  }

  /** The earliest visible time at or after {@code time}; only when one exists. */
  long ceil(long time) {
    return Math.max(time, starts[seek(0, time)]);
  }

  /** The latest visible time at or before {@code time}; only when one exists. */
  long floor(long time) {
    int after = Columns.upperBound(starts, 0, starts.length, time);
    return Math.min(time, ends[after - 1]);
  }

  /**
   * From interval {@code from} on, the first interval that ends at or after {@code time}: walking
   * ascending times with the returned index visits each interval once.
   */
  int seek(int from, long time) {
    if (from < ends.length && ends[from] < time) {
      return Columns.lowerBound(ends, from + 1, ends.length, time);
    }
    return from;
  }

  /** Whether {@code time} is visible, given {@code k = seek(..., time)}. */
  boolean visibleAt(int k, long time) {
    return k < starts.length && starts[k] <= time;
  }

  /** The visible points of a column: the column itself when all are visible. */
  public SortedColumn apply(SortedColumn column) {
    if (column.isEmpty() || coversAll(column.firstTime(), column.lastTime())) {
      return column;
    }
    TSDataType type = column.type();
    if (hidesAll(column.firstTime(), column.lastTime())) {
      return Columns.empty(type);
    }
    PointBuffer out = new PointBuffer(type, column.size());
    long[] times = column.times();
    int i = 0;
    for (int k = seek(0, column.firstTime()); k < starts.length && i < column.size(); k++) {
      int from = Columns.lowerBound(times, i, column.size(), starts[k]);
      int to = Columns.upperBound(times, from, column.size(), ends[k]);
      out.appendRange(column, from, to);
      i = to;
    }
    return out.build();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("TimeMask[");
    for (int i = 0; i < starts.length; i++) {
      text.append(i == 0 ? "" : ", ").append('[').append(starts[i]).append(", ");
      text.append(ends[i]).append(']');
    }
    return text.append(']').toString();
  }
}
