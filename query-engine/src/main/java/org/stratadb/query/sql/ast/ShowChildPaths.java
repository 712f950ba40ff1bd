package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code SHOW CHILD PATHS [pattern]}.
 *
 * @param pattern {@code root} when none is given
 */
public record ShowChildPaths(PartialPath pattern) implements Statement {
  public ShowChildPaths {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowChildPaths(this);
  }
}
