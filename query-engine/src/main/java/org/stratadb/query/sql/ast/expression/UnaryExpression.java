package org.stratadb.query.sql.ast.expression;

import java.util.Objects;

/** {@code -x} or {@code NOT x} ({@code !x}). A unary plus is dropped when the AST is built. */
public record UnaryExpression(Operator operator, Expression operand) implements Expression {
  public UnaryExpression {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(operand, "operand");
  }

  /** The unary operators. */
  public enum Operator {
    NEGATE("-"),
    NOT("!");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitUnary(this);
  }
}
