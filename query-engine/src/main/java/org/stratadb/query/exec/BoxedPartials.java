package org.stratadb.query.exec;

import java.util.List;
import org.stratadb.storage.api.AggregationKind;

/**
 * Merging the boxed partial aggregates the storage engine returns (one {@code Object[]} per window,
 * values in {@code kinds} order) when one region answers a window in several calls.
 */
final class BoxedPartials {
  private BoxedPartials() {}

  /** Merges {@code from} into {@code into}; both follow {@code kinds}. */
  static void merge(List<AggregationKind> kinds, Object[] into, Object[] from) {
    int minTimeAt = kinds.indexOf(AggregationKind.MIN_TIME);
    int maxTimeAt = kinds.indexOf(AggregationKind.MAX_TIME);
    boolean fromFirst = minTimeAt >= 0 && earlier(from[minTimeAt], into[minTimeAt]);
    boolean fromLast = maxTimeAt >= 0 && !earlier(from[maxTimeAt], into[maxTimeAt]);
    for (int i = 0; i < kinds.size(); i++) {
      Object a = into[i];
      Object b = from[i];
      if (b == null) {
        continue;
      }
      if (a == null) {
        into[i] = b;
        continue;
      }
      into[i] =
          switch (kinds.get(i)) {
            case COUNT -> (Long) a + (Long) b;
            case SUM -> (Double) a + (Double) b;
            case MIN_TIME -> Math.min((Long) a, (Long) b);
            case MAX_TIME -> Math.max((Long) a, (Long) b);
            case MIN_VALUE -> compare(b, a) < 0 ? b : a;
            case MAX_VALUE -> compare(b, a) > 0 ? b : a;
            case FIRST_VALUE -> fromFirst ? b : a;
            case LAST_VALUE -> fromLast ? b : a;
            case EXTREME -> moreExtreme(b, a) ? b : a;
            default -> throw new IllegalArgumentException("no partial merge for " + kinds.get(i));
          };
    }
  }

  /** Whether time {@code a} is present and before {@code b} (or b is absent). */
  private static boolean earlier(Object a, Object b) {
    return a != null && (b == null || (Long) a < (Long) b);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }

  private static boolean moreExtreme(Object a, Object b) {
    if (a instanceof Double || a instanceof Float) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return Math.abs(x) != Math.abs(y) ? Math.abs(x) > Math.abs(y) : x > y;
    }
    long x = ((Number) a).longValue();
    long y = ((Number) b).longValue();
    int byMagnitude = Long.compareUnsigned(Math.abs(x), Math.abs(y));
    return byMagnitude != 0 ? byMagnitude > 0 : x > y;
  }
}
