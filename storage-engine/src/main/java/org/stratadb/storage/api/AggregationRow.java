package org.stratadb.storage.api;

import java.util.Arrays;

/**
 * The result of one window of an {@link AggregationQuery}: one value per asked aggregation, in the
 * order asked. COUNT is a {@code Long}, AVG a {@code Double}, SUM a {@code Double}, MIN_TIME and
 * MAX_TIME {@code Long}s, the value aggregations carry the series type (boxed, or {@code Binary});
 * a window without points has null for everything but COUNT, which is 0.
 */
public record AggregationRow(long windowStart, Object[] values) {

  public Object value(int index) {
    return values[index];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AggregationRow row
        && row.windowStart == windowStart
        && Arrays.equals(row.values, values);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(windowStart) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "AggregationRow[" + windowStart + ", " + Arrays.toString(values) + "]";
  }
}
