package org.stratadb.query.sql.ast.expression;

import java.util.Objects;

/** A quoted string, {@code 'abc'} or {@code "abc"}, held without its quotes. */
public record StringLiteral(String value) implements Literal {
  public StringLiteral {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String text() {
    return value;
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitString(this);
  }
}
