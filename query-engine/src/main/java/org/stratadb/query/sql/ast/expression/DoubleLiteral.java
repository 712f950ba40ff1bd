package org.stratadb.query.sql.ast.expression;

import java.util.Objects;

/**
 * A number with a fraction or an exponent ({@code 1.5}, {@code -2e3}), {@code NaN}, or an integer
 * too large for a long.
 *
 * @param text the literal as written, sign included
 */
public record DoubleLiteral(double value, String text) implements Literal {
  public DoubleLiteral {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitDouble(this);
  }
}
