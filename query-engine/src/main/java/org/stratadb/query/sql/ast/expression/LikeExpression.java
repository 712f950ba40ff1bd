package org.stratadb.query.sql.ast.expression;

import java.util.Objects;
import java.util.Optional;

/** {@code x LIKE 'a%' [ESCAPE '\']}, or {@code NOT LIKE}. */
public record LikeExpression(
    Expression operand, boolean negated, String pattern, Optional<String> escape)
    implements Expression {
  public LikeExpression {
    Objects.requireNonNull(operand, "operand");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(escape, "escape");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitLike(this);
  }
}
