package org.stratadb.query.sql.ast.expression;

import java.util.Objects;

/** {@code x IS NULL} or {@code x IS NOT NULL}. */
public record IsNullExpression(Expression operand, boolean negated) implements Expression {
  public IsNullExpression {
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitIsNull(this);
  }
}
