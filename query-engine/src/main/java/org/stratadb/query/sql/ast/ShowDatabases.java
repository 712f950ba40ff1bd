package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code SHOW DATABASES [pattern] [DETAILS]}, also {@code SHOW STORAGE GROUP}.
 *
 * @param pattern the databases to list, {@code root.**} when none is given
 */
public record ShowDatabases(PartialPath pattern, boolean details) implements Statement {
  public ShowDatabases {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowDatabases(this);
  }
}
