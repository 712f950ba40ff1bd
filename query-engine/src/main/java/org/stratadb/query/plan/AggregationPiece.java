package org.stratadb.query.plan;

import java.util.Objects;
import org.stratadb.storage.api.TimeRange;

/**
 * One storage aggregation call of an {@link AggregationScanNode}: over {@code range}, in windows of
 * {@code interval} moved by {@code step} starting at {@code range.start()} (then each result row is
 * keyed by its window start), or, with {@code interval == 0}, as one row keyed by {@code key}.
 */
public record AggregationPiece(TimeRange range, long interval, long step, long key) {
  public AggregationPiece {
    Objects.requireNonNull(range, "range");
  }

  public static AggregationPiece whole(TimeRange range, long key) {
    return new AggregationPiece(range, 0, 0, key);
  }

  public static AggregationPiece windowed(TimeRange range, long interval, long step) {
    return new AggregationPiece(range, interval, step, 0);
  }

  public boolean isWindowed() {
    return interval > 0;
  }
}
