package org.stratadb.query.sql.ast.expression;

/** {@code true} or {@code false}. */
public record BooleanLiteral(boolean value) implements Literal {
  @Override
  public String text() {
    return Boolean.toString(value);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBoolean(this);
  }
}
