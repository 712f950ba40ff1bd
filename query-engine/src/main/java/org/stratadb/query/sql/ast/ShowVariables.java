package org.stratadb.query.sql.ast;

/** {@code SHOW VARIABLES}: the cluster parameters. */
public record ShowVariables() implements Statement {
  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowVariables(this);
  }
}
