package org.stratadb.query.sql.ast;

/** {@code SHOW VERSION}. */
public record ShowVersion() implements Statement {
  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitShowVersion(this);
  }
}
