package org.stratadb.query.sql.ast;

/** {@code SHOW DATANODES}. */
public record ShowDataNodes() implements Statement {
  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowDataNodes(this);
  }
}
