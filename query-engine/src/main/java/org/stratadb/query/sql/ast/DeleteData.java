package org.stratadb.query.sql.ast;

import java.util.List;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code DELETE FROM p[, p...] [WHERE time predicates]}: deletes the points of the matching series
 * in the time range {@code [startTime, endTime]} (both included; the whole time line without a
 * WHERE clause).
 */
public record DeleteData(List<PartialPath> paths, long startTime, long endTime)
    implements Statement {
  public DeleteData {
    paths = List.copyOf(paths);
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitDeleteData(this);
  }

  /** Whether the statement deletes all points of the series (no time condition). */
  public boolean deletesAll() {
    return startTime == Long.MIN_VALUE && endTime == Long.MAX_VALUE;
  }
}
