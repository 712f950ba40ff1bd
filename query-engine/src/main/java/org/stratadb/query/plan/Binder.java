package org.stratadb.query.plan;

import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.Exprs;
import org.stratadb.query.spi.SeriesSchema;

/**
 * Binds expressions to operator inputs: each series becomes the input column that carries it.
 * Constants compared with FLOAT values are rounded to float, as the user wrote them for a float.
 */
final class Binder {
  private Binder() {}

  static Expr bind(Expr expr, Map<SeriesSchema, Integer> columns) {
    return Exprs.rewrite(
        expr,
        e -> {
          if (e instanceof Expr.Series s) {
            Integer index = columns.get(s.series());
            if (index == null) {
              throw new IllegalStateException("series not read: " + s.display());
            }
            return new Expr.Column(index, s.series().type());
          }
          if (e instanceof Expr.Binary b && b.op().isComparison()) {
            return new Expr.Binary(
                b.op(), floatConstant(b.left(), b.right()), floatConstant(b.right(), b.left()));
          }
          return e;
        });
  }

  /** {@code constant} rounded to float when {@code other} is a FLOAT value. */
  private static Expr floatConstant(Expr constant, Expr other) {
    if (constant instanceof Expr.Literal l
        && l.type() == TSDataType.DOUBLE
        && Exprs.typeOf(other) == TSDataType.FLOAT) {
      return new Expr.Literal(
          (double) (float) ((Double) l.value()).doubleValue(), TSDataType.DOUBLE);
    }
    return constant;
  }
}
