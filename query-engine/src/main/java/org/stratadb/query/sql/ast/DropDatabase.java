package org.stratadb.query.sql.ast;

import java.util.List;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code DROP DATABASE p[, p...]}, also {@code DELETE DATABASE} and {@code DELETE STORAGE GROUP};
 * the paths may be patterns.
 */
public record DropDatabase(List<PartialPath> databases) implements Statement {
  public DropDatabase {
    databases = List.copyOf(databases);
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitDropDatabase(this);
  }
}
