package org.stratadb.query.sql.ast.expression;

import java.util.Objects;

/** {@code x BETWEEN lower AND upper} (both ends included), or {@code NOT BETWEEN}. */
public record BetweenExpression(
    Expression operand, boolean negated, Expression lower, Expression upper) implements Expression {
  public BetweenExpression {
    Objects.requireNonNull(operand, "operand");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBetween(this);
  }
}
