package org.stratadb.query.sql.ast;

/** {@code SHOW CLUSTERID}. */
public record ShowClusterId() implements Statement {
  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowClusterId(this);
  }
}
