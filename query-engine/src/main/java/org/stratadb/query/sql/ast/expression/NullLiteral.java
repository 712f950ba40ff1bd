package org.stratadb.query.sql.ast.expression;

/** {@code null}: no value (in INSERT, the column is left empty in that row). */
public record NullLiteral() implements Literal {
  public static final NullLiteral INSTANCE = new NullLiteral();

  @Override
  public String text() {
    return "null";
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNull(this);
  }
}
