package org.stratadb.query.sql.ast;

/** {@code SHOW CLUSTER [DETAILS]}. */
public record ShowCluster(boolean details) implements Statement {
  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowCluster(this);
  }
}
