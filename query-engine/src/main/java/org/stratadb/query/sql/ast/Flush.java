package org.stratadb.query.sql.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code FLUSH [root.sg, ...] [true | false] [ON LOCAL | ON CLUSTER]}.
 *
 * @param databases empty for all databases
 * @param sequence {@code true} flushes only sequence memtables, {@code false} only unsequence ones;
 *     empty flushes both
 * @param localOnly whether {@code ON LOCAL} limits the flush to the DataNode that received it
 */
public record Flush(List<PartialPath> databases, Optional<Boolean> sequence, boolean localOnly)
    implements Statement {
  public Flush {
    databases = List.copyOf(databases);
    Objects.requireNonNull(sequence, "sequence");
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitFlush(this);
  }
}
