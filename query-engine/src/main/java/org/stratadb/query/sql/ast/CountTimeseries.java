package org.stratadb.query.sql.ast;

import java.util.Objects;
import java.util.OptionalInt;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code COUNT TIMESERIES [pattern] [GROUP BY LEVEL=n]}.
 *
 * @param pattern {@code root.**} when none is given
 * @param groupByLevel the level to group the counts by, if any
 */
public record CountTimeseries(PartialPath pattern, OptionalInt groupByLevel) implements Statement {
  public CountTimeseries {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(groupByLevel, "groupByLevel");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitCountTimeseries(this);
  }
}
