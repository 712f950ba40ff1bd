package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code COUNT DATABASES [pattern]}.
 *
 * @param pattern {@code root.**} when none is given
 */
public record CountDatabases(PartialPath pattern) implements Statement {
  public CountDatabases {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitCountDatabases(this);
  }
}
