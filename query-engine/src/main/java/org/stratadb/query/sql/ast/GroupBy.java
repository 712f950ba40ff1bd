package org.stratadb.query.sql.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The GROUP BY clause: time windows {@code ([start, end), interval[, step])} and/or {@code
 * LEVEL=n[, m...]}.
 *
 * @param time the time windows, if grouped by time
 * @param levels the path levels to merge series by, empty if not grouped by level
 */
public record GroupBy(Optional<GroupByTime> time, List<Integer> levels) {
  /** No GROUP BY clause. */
  public static final GroupBy NONE = new GroupBy(Optional.empty(), List.of());

  public GroupBy {
    Objects.requireNonNull(time, "time");
    levels = List.copyOf(levels);
  }

  public boolean isEmpty() {
    return time.isEmpty() && levels.isEmpty();
  }
}
