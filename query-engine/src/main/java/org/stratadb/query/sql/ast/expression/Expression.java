package org.stratadb.query.sql.ast.expression;

/**
 * A node of an expression in a statement: a literal, a timeseries operand, the {@code time} column,
 * an operator applied to sub-expressions, or a function call. Immutable.
 *
 * <p>Java 17 has no pattern-matching switch, so consumers that must handle every kind implement
 * {@link ExpressionVisitor}; adding a kind then fails their compilation.
 */
public sealed interface Expression
    permits Literal,
        TimeseriesOperand,
        TimeColumn,
        UnaryExpression,
        BinaryExpression,
        FunctionCall,
        InExpression,
        BetweenExpression,
        IsNullExpression,
        LikeExpression,
        RegexpExpression {

  <R> R accept(ExpressionVisitor<R> visitor);

  /** The expression as IoTDB shows it in a result column header, e.g. {@code s1 + 1}. */
  default String toSql() {
    return ExpressionFormatter.format(this);
  }
}
