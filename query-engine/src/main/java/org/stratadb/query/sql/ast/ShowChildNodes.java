package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code SHOW CHILD NODES [pattern]}.
 *
 * @param pattern {@code root} when none is given
 */
public record ShowChildNodes(PartialPath pattern) implements Statement {
  public ShowChildNodes {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowChildNodes(this);
  }
}
