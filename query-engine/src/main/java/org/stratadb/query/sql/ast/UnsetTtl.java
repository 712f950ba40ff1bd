package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/** {@code UNSET TTL TO root.sg} (or {@code FROM}). */
public record UnsetTtl(PartialPath path) implements Statement {
  public UnsetTtl {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitUnsetTtl(this);
  }
}
