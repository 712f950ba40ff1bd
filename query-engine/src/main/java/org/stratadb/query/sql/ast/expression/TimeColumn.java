package org.stratadb.query.sql.ast.expression;

/** The {@code time} (or {@code timestamp}) column of every row. */
public record TimeColumn() implements Expression {
  public static final TimeColumn INSTANCE = new TimeColumn();

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitTime(this);
  }
}
