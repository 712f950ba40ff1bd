package org.stratadb.query.sql.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code GROUP BY ([start, end), interval[, slidingStep])}.
 *
 * @param range the windows' overall range; empty when the statement gives none (IoTDB then takes it
 *     from the WHERE clause)
 * @param interval the length of each window
 * @param slidingStep the distance between window starts; the interval when none is given
 */
public record GroupByTime(
    Optional<WindowRange> range, TimeDuration interval, TimeDuration slidingStep) {
  public GroupByTime {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(slidingStep, "slidingStep");
  }
}
