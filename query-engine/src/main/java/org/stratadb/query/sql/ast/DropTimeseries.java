package org.stratadb.query.sql.ast;

import java.util.List;
import org.stratadb.commons.path.PartialPath;

/** {@code DROP TIMESERIES p[, p...]}, also {@code DELETE TIMESERIES}; the paths may be patterns. */
public record DropTimeseries(List<PartialPath> patterns) implements Statement {
  public DropTimeseries {
    patterns = List.copyOf(patterns);
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitDropTimeseries(this);
  }
}
