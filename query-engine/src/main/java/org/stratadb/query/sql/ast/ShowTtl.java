package org.stratadb.query.sql.ast;

import java.util.List;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code SHOW TTL ON p[, p...]}, or {@code SHOW ALL TTL}.
 *
 * @param paths empty for {@code SHOW ALL TTL}
 */
public record ShowTtl(List<PartialPath> paths) implements Statement {
  public ShowTtl {
    paths = List.copyOf(paths);
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowTtl(this);
  }
}
