package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;

/** Aggregations computed point by point over the visible points of a series. */
final class AggregationModel {
  private AggregationModel() {}

  static List<AggregationRow> expected(AggregationQuery query, NavigableMap<Long, Object> points) {
    List<AggregationRow> rows = new ArrayList<>();
    long start = query.range().start();
    long end = query.range().end();
    if (query.interval() == 0) {
      rows.add(row(query, start, points.subMap(start, true, end, true)));
      return rows;
    }
    for (long from = start; from <= end; from += query.step()) {
      long to = Math.min(end, from + query.interval() - 1);
      rows.add(row(query, from, points.subMap(from, true, to, true)));
      if (from > Long.MAX_VALUE - query.step()) {
        break;
      }
    }
    return rows;
  }

  private static AggregationRow row(
      AggregationQuery query, long windowStart, NavigableMap<Long, Object> window) {
    Object[] values = new Object[query.kinds().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(query.kinds().get(i), query.type(), window);
    }
    return new AggregationRow(windowStart, values);
  }

  private static Object value(
      AggregationKind kind, TSDataType type, NavigableMap<Long, Object> window) {
    if (kind == AggregationKind.COUNT) {
      return (long) window.size();
    }
    if (window.isEmpty()) {
      return null;
    }
    switch (kind) {
      case MIN_TIME:
        return window.firstKey();
      case MAX_TIME:
        return window.lastKey();
      case FIRST_VALUE:
        return window.firstEntry().getValue();
      case LAST_VALUE:
        return window.lastEntry().getValue();
      case SUM:
        return sum(window);
      case AVG:
        return sum(window) / window.size();
      default:
        return extremeOf(kind, window);
    }
  }

  private static double sum(NavigableMap<Long, Object> window) {
    double sum = 0;
    for (Object value : window.values()) {
      sum += ((Number) value).doubleValue();
    }
    return sum;
  }

  private static Object extremeOf(AggregationKind kind, NavigableMap<Long, Object> window) {
    Object best = null;
    for (Object value : window.values()) {
      double v = ((Number) value).doubleValue();
      if (best == null) {
        best = value;
        continue;
      }
      double b = ((Number) best).doubleValue();
      boolean better =
          switch (kind) {
            case MIN_VALUE -> v < b;
            case MAX_VALUE -> v > b;
            default -> Math.abs(v) > Math.abs(b) || (Math.abs(v) == Math.abs(b) && v > b);
          };
      if (better) {
        best = value;
      }
    }
    return best;
  }

  /** Compares rows, with a relative tolerance for sums and averages. */
  static void assertRows(List<AggregationRow> expected, List<AggregationRow> actual, String where) {
    assertEquals(expected.size(), actual.size(), "window count, " + where);
    for (int r = 0; r < expected.size(); r++) {
      AggregationRow e = expected.get(r);
      AggregationRow a = actual.get(r);
      assertEquals(e.windowStart(), a.windowStart(), "window start, " + where);
      for (int i = 0; i < e.values().length; i++) {
        Object ev = e.value(i);
        Object av = a.value(i);
        String at = "window " + r + " value " + i + ", " + where;
        if (ev instanceof Double d && av instanceof Double x) {
          assertEquals(d, x, Math.max(1e-9, Math.abs(d) * 1e-9), at);
        } else {
          assertEquals(ev, av, at);
        }
      }
    }
  }
}
