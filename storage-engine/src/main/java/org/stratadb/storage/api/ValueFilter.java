package org.stratadb.storage.api;

import java.util.Objects;

/**
 * A predicate over the value columns of a {@link SeriesScan}, pushed down so that the engine can
 * skip whole chunks and pages by their statistics. A comparison against a null value is false, as
 * in SQL.
 */
public sealed interface ValueFilter {

  /** Comparison operators of a {@link Compare}. */
  enum Op {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE
  }

  /**
   * Compares column {@code column} (an index into the scan's measurements) with a constant: a
   * {@link Number} for numeric columns, a {@link Boolean}, or a {@code Binary} for text columns.
   */
  record Compare(int column, Op op, Object constant) implements ValueFilter {
    public Compare {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(constant, "constant");
    }
  }

  record And(ValueFilter left, ValueFilter right) implements ValueFilter {}

  record Or(ValueFilter left, ValueFilter right) implements ValueFilter {}

  record Not(ValueFilter operand) implements ValueFilter {}
}
