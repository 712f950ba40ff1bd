package org.stratadb.query.sql.ast.expression;

import java.util.List;
import java.util.Objects;

/** {@code x IN (1, 2)} or {@code x NOT IN (...)}; {@code CONTAINS} is read as {@code IN}. */
public record InExpression(Expression operand, boolean negated, List<Literal> values)
    implements Expression {
  public InExpression {
    Objects.requireNonNull(operand, "operand");
    values = List.copyOf(values);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitIn(this);
  }
}
