package org.stratadb.query.sql.ast;

/** {@code SHOW CONFIGNODES}. */
public record ShowConfigNodes() implements Statement {
  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowConfigNodes(this);
  }
}
