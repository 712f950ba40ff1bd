package org.stratadb.query.analyze;

import java.util.List;
import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.spi.SeriesSchema;

/**
 * An analyzed expression: series are resolved, literals typed, functions known. Used for value
 * filters, computed output columns and aggregation outputs. The planner rewrites {@link Series}
 * into {@link Column} references of the operator input before execution.
 */
public sealed interface Expr {

  /** Operators of a {@link Binary} expression. */
  enum BinaryOp {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    MOD("%"),
    EQ("="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    AND("&"),
    OR("|");

    private final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean isArithmetic() {
      return ordinal() <= MOD.ordinal();
    }

    public boolean isComparison() {
      return ordinal() >= EQ.ordinal() && ordinal() <= GE.ordinal();
    }

    public boolean isLogical() {
      return this == AND || this == OR;
    }
  }

  /** Operators of a {@link Unary} expression. */
  enum UnaryOp {
    NOT,
    NEGATE
  }

  /**
   * A series of the schema.
   *
   * @param display the path as the query named it (with the alias if the query used the alias)
   */
  record Series(SeriesSchema series, String display) implements Expr {
    public Series {
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(display, "display");
    }

    public static Series of(SeriesSchema series) {
      return new Series(series, series.path().toString());
    }
  }

  /** The row timestamp. */
  record Time() implements Expr {}

  /**
   * A constant: a {@code Long} (INT64), {@code Double} (DOUBLE), {@code Boolean} (BOOLEAN) or
   * {@code String} (TEXT), or null (the NULL literal, typed as the context needs).
   */
  record Literal(Object value, TSDataType type) implements Expr {
    public static Literal of(Object value) {
      if (value instanceof Long || value instanceof Integer) {
        return new Literal(((Number) value).longValue(), TSDataType.INT64);
      }
      if (value instanceof Double || value instanceof Float) {
        return new Literal(((Number) value).doubleValue(), TSDataType.DOUBLE);
      }
      if (value instanceof Boolean) {
        return new Literal(value, TSDataType.BOOLEAN);
      }
      if (value instanceof String) {
        return new Literal(value, TSDataType.TEXT);
      }
      throw new IllegalArgumentException("not a literal value: " + value);
    }
  }

  /** Column {@code index} of the operator input, as bound by the planner. */
  record Column(int index, TSDataType type) implements Expr {}

  record Unary(UnaryOp op, Expr operand) implements Expr {}

  record Binary(BinaryOp op, Expr left, Expr right) implements Expr {}

  record IsNull(Expr operand, boolean negated) implements Expr {}

  record In(Expr operand, List<Literal> values, boolean negated) implements Expr {
    public In {
      values = List.copyOf(values);
    }
  }

  record Between(Expr operand, Expr low, Expr high, boolean negated) implements Expr {}

  /** {@code LIKE} with {@code %} and {@code _}, or {@code REGEXP} with a Java pattern. */
  record Match(Expr operand, String pattern, boolean regexp, boolean negated) implements Expr {}

  /** An aggregation of one series; only as an output of an aggregation query. */
  record Aggregate(AggregationFunction function, Series input) implements Expr {}
}
