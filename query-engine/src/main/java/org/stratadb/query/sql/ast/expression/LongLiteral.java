package org.stratadb.query.sql.ast.expression;

import java.util.Objects;

/**
 * An integer that fits a long, sign included ({@code -5}); also a time literal ({@code
 * 2024-01-01T00:00:00}, {@code now() - 1d}), whose value is already a timestamp in the cluster's
 * precision.
 *
 * @param text the literal as written, e.g. {@code -5} or {@code 2024-01-01T00:00:00}
 */
public record LongLiteral(long value, String text) implements Literal {
  public LongLiteral {
    Objects.requireNonNull(text, "text");
  }

  public static LongLiteral of(long value) {
    return new LongLiteral(value, Long.toString(value));
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitLong(this);
  }
}
