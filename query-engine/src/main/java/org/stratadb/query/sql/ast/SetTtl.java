package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code SET TTL TO root.sg 3600000}: data older than the TTL (in milliseconds) expires.
 *
 * @param ttlMillis {@link Long#MAX_VALUE} for {@code INF}
 */
public record SetTtl(PartialPath path, long ttlMillis) implements Statement {
  public SetTtl {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitSetTtl(this);
  }
}
