package org.stratadb.query.sql.ast.expression;

import java.util.Objects;

/** {@code x REGEXP '^a.*'} (a Java regular expression), or {@code NOT REGEXP}. */
public record RegexpExpression(Expression operand, boolean negated, String pattern)
    implements Expression {
  public RegexpExpression {
    Objects.requireNonNull(operand, "operand");
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitRegexp(this);
  }
}
