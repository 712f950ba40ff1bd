package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/** {@code COUNT NODES pattern LEVEL=n}: how many distinct nodes at level n the pattern reaches. */
public record CountNodes(PartialPath pattern, int level) implements Statement {
  public CountNodes {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitCountNodes(this);
  }
}
