package org.stratadb.query.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.AggregationFunction;

/** Aggregates of model points, formatted as the result rows print them. */
final class ModelAggregates {
  private ModelAggregates() {}

  static String row(List<AggregationFunction> functions, TSDataType type, TreeMap<Long, Object> p) {
    StringBuilder row = new StringBuilder();
    for (AggregationFunction f : functions) {
      row.append(',').append(value(f, type, p));
    }
    return row.toString();
  }

  private static String value(AggregationFunction f, TSDataType type, TreeMap<Long, Object> p) {
    if (f == AggregationFunction.COUNT) {
      return String.valueOf(p.size());
    }
    if (p.isEmpty()) {
      return "null";
    }
    return switch (f) {
      case SUM -> String.valueOf(sum(p));
      case AVG -> String.valueOf(sum(p) / p.size());
      case MIN_TIME -> String.valueOf(p.firstKey());
      case MAX_TIME -> String.valueOf(p.lastKey());
      case FIRST_VALUE -> String.valueOf(p.firstEntry().getValue());
      case LAST_VALUE -> String.valueOf(p.lastEntry().getValue());
      case MIN_VALUE -> String.valueOf(pick(p, -1));
      case MAX_VALUE -> String.valueOf(pick(p, 1));
      default -> String.valueOf(extreme(p));
    };
  }

  private static double sum(TreeMap<Long, Object> p) {
    double sum = 0;
    for (Object v : p.values()) {
      sum += ((Number) v).doubleValue();
    }
    return sum;
  }

  private static Object pick(TreeMap<Long, Object> p, int sign) {
    Object best = null;
    for (Object v : p.values()) {
      if (best == null
          || Double.compare(((Number) v).doubleValue(), ((Number) best).doubleValue()) * sign > 0) {
        best = v;
      }
    }
    return best;
  }

  private static Object extreme(TreeMap<Long, Object> p) {
    Object best = null;
    for (Map.Entry<Long, Object> e : p.entrySet()) {
      double v = ((Number) e.getValue()).doubleValue();
      if (best == null) {
        best = e.getValue();
        continue;
      }
      double b = ((Number) best).doubleValue();
      if (Math.abs(v) > Math.abs(b) || (Math.abs(v) == Math.abs(b) && v > b)) {
        best = e.getValue();
      }
    }
    return best;
  }
}
