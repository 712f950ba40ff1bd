package org.stratadb.storage.read;

/**
 * A compiled {@code ValueFilter} over a {@link ScanRow}, in SQL's three-valued logic: a comparison
 * with a null is unknown, NOT keeps unknown, and a row is kept only when the filter is true.
 */
abstract class RowPredicate {
  static final byte FALSE = 0;
  static final byte TRUE = 1;
  static final byte UNKNOWN = 2;

  abstract byte eval(ScanRow row);

  static RowPredicate and(RowPredicate left, RowPredicate right) {
    return new Junction(left, right, FALSE);
  }

  static RowPredicate or(RowPredicate left, RowPredicate right) {
    return new Junction(left, right, TRUE);
  }

  /**
   * AND (FALSE dominates) or OR (TRUE dominates): the dominant value on either side decides, the
   * right side unevaluated when the left one does; otherwise unknown on either side is unknown, and
   * both sides agree.
   */
  private static final class Junction extends RowPredicate {
    private final RowPredicate left;
    private final RowPredicate right;
    private final byte dominant;

    Junction(RowPredicate left, RowPredicate right, byte dominant) {
      this.left = left;
      this.right = right;
      this.dominant = dominant;
    }

    @Override
    byte eval(ScanRow row) {
      byte l = left.eval(row);
      if (l == dominant) {
        return dominant;
      }
      byte r = right.eval(row);
      if (r == dominant) {
        return dominant;
      }
      return l == UNKNOWN || r == UNKNOWN ? UNKNOWN : l;
    }
  }

  static final class Not extends RowPredicate {
    private final RowPredicate operand;

    Not(RowPredicate operand) {
      this.operand = operand;
    }

    @Override
    byte eval(ScanRow row) {
      byte v = operand.eval(row);
      return v == UNKNOWN ? UNKNOWN : (v == TRUE ? FALSE : TRUE);
    }
  }
}
