package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code SHOW [LATEST] TIMESERIES [pattern] [LIMIT n] [OFFSET n]}.
 *
 * @param pattern {@code root.**} when none is given
 * @param latest whether LATEST asks for the series ordered by their latest write
 */
public record ShowTimeseries(PartialPath pattern, boolean latest, Pagination page)
    implements Statement {
  public ShowTimeseries {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(page, "page");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowTimeseries(this);
  }
}
