package org.stratadb.query.sql.ast.expression;

import java.util.Objects;

/** Two operands joined by an arithmetic, comparison or logical operator. */
public record BinaryExpression(Operator operator, Expression left, Expression right)
    implements Expression {
  public BinaryExpression {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  /** The binary operators; {@code ==} is read as {@code =} and {@code <>} as {@code !=}. */
  public enum Operator {
    MULTIPLY("*", Kind.ARITHMETIC),
    DIVIDE("/", Kind.ARITHMETIC),
    MODULO("%", Kind.ARITHMETIC),
    ADD("+", Kind.ARITHMETIC),
    SUBTRACT("-", Kind.ARITHMETIC),
    EQUAL("=", Kind.COMPARISON),
    NOT_EQUAL("!=", Kind.COMPARISON),
    LESS_THAN("<", Kind.COMPARISON),
    LESS_EQUAL("<=", Kind.COMPARISON),
    GREATER_THAN(">", Kind.COMPARISON),
    GREATER_EQUAL(">=", Kind.COMPARISON),
    AND("&", Kind.LOGICAL),
    OR("|", Kind.LOGICAL);

    private final String symbol;
    private final Kind kind;

    Operator(String symbol, Kind kind) {
      this.symbol = symbol;
      this.kind = kind;
    }

    /** The symbol IoTDB shows in a column header ({@code AND} shows as {@code &}). */
    public String symbol() {
      return symbol;
    }

    public Kind kind() {
      return kind;
    }

    /**
     * The comparison that holds with the operands swapped ({@code a < b} is {@code b > a}).
     *
     * @throws IllegalStateException if this is not a comparison
     */
    public Operator mirrored() {
      switch (this) {
        case LESS_THAN:
          return GREATER_THAN;
        case LESS_EQUAL:
          return GREATER_EQUAL;
        case GREATER_THAN:
          return LESS_THAN;
        case GREATER_EQUAL:
          return LESS_EQUAL;
        case EQUAL:
        case NOT_EQUAL:
          return this;
        default:
          throw new IllegalStateException(this + " is not a comparison");
      }
    }
  }

  /** The family of an operator. */
  public enum Kind {
    ARITHMETIC,
    COMPARISON,
    LOGICAL
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBinary(this);
  }
}
