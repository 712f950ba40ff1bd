package org.stratadb.storage.memtable;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.TimeRange;

/**
 * One time list and the value columns at its positions: all measurements of an aligned device, or
 * the single measurement of a non-aligned series.
 */
final class PointList {
  /** Rough heap of a column's objects before any block, so many tiny series still add up. */
  static final long COLUMN_OVERHEAD = 160;

  private final TimeList times = new TimeList();
  private final List<ValueColumn> columns = new ArrayList<>();

  TimeList times() {
    return times;
  }

  int size() {
    return times.size();
  }

  int columnCount() {
    return columns.size();
  }

  ValueColumn column(int index) {
    return columns.get(index);
  }

  int addColumn(ColumnSpec spec, MemoryCounter memory) {
    columns.add(new ValueColumn(spec));
    memory.add(COLUMN_OVERHEAD);
    return columns.size() - 1;
  }

  /** A cursor over the given columns; a null entry stands for a column this list lacks. */
  MemTableCursor cursor(ValueColumn[] selected, TimeRange range) {
    return new MemTableCursor(times.order(), selected, range);
  }

  /** Removes the values of one column with time in {@code range}; returns how many. */
  long delete(int column, TimeRange range) {
    SortOrder order = times.order();
    ValueColumn target = columns.get(column);
    long removed = 0;
    for (int i = order.lowerBound(range.start()), end = order.upperBound(range.end());
        i < end;
        i++) {
      if (target.clear(order.position(i))) {
        removed++;
      }
    }
    if (removed > 0) {
      recomputeBounds(order);
    }
    return removed;
  }

  private void recomputeBounds(SortOrder order) {
    int first = 0;
    while (first < order.size() && !anyPresent(order.position(first))) {
      first++;
    }
    if (first == order.size()) {
      times.setBounds(Long.MAX_VALUE, Long.MIN_VALUE);
      return;
    }
    int last = order.size() - 1;
    while (!anyPresent(order.position(last))) {
      last--;
    }
    times.setBounds(order.time(first), order.time(last));
  }

  private boolean anyPresent(int pos) {
    for (ValueColumn column : columns) {
      if (column.isPresent(pos)) {
        return true;
      }
    }
    return false;
  }
}
