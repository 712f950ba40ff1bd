package org.stratadb.query.sql.ast;

import java.util.List;
import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code SHOW [SCHEMA | DATA] REGIONS [OF DATABASE p[, p...]] [ON NODEID n[, n...]]}.
 *
 * @param databases empty for all databases
 * @param nodeIds empty for all DataNodes
 */
public record ShowRegions(RegionKind kind, List<PartialPath> databases, List<Integer> nodeIds)
    implements Statement {
  public ShowRegions {
    Objects.requireNonNull(kind, "kind");
    databases = List.copyOf(databases);
    nodeIds = List.copyOf(nodeIds);
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowRegions(this);
  }
}
