package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code SHOW DEVICES [pattern] [WITH DATABASE] [LIMIT n] [OFFSET n]}.
 *
 * @param pattern {@code root.**} when none is given
 * @param withDatabase whether a {@code Database} column is asked for
 */
public record ShowDevices(PartialPath pattern, boolean withDatabase, Pagination page)
    implements Statement {
  public ShowDevices {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(page, "page");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowDevices(this);
  }
}
