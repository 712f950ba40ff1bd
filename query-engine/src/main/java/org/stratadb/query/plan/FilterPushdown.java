package org.stratadb.query.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.Exprs;
import org.stratadb.query.exec.eval.Texts;
import org.stratadb.query.spi.SeriesSchema;
import org.stratadb.storage.api.ValueFilter;

/**
 * Splits a WHERE predicate of a single-device query into what the storage engine can apply (its
 * top-level conjuncts made of comparisons of a series with a constant, joined by AND and OR) and
 * the rest. Without NOT, treating an unknown comparison as false, as the engine does, keeps the
 * same rows as SQL's three-valued logic.
 */
final class FilterPushdown {
  /** The pushed filter (or null) and the residual predicate (or null). */
  record Split(ValueFilter pushed, Expr residual) {}

  private FilterPushdown() {}

  static Split split(Expr where, Map<SeriesSchema, Integer> scanColumns) {
    List<Expr> conjuncts = new ArrayList<>();
    collectConjuncts(where, conjuncts);
    ValueFilter pushed = null;
    Expr residual = null;
    for (Expr conjunct : conjuncts) {
      ValueFilter filter = toFilter(conjunct, scanColumns);
      if (filter != null) {
        pushed = pushed == null ? filter : new ValueFilter.And(pushed, filter);
      } else {
        residual =
            residual == null ? conjunct : new Expr.Binary(Expr.BinaryOp.AND, residual, conjunct);
      }
    }
    return new Split(pushed, residual);
  }

  private static void collectConjuncts(Expr expr, List<Expr> out) {
    if (expr instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
      collectConjuncts(b.left(), out);
      collectConjuncts(b.right(), out);
    } else {
      out.add(expr);
    }
  }

  /** The engine filter equivalent to {@code expr}, or null when there is none. */
  static ValueFilter toFilter(Expr expr, Map<SeriesSchema, Integer> columns) {
    if (expr instanceof Expr.Binary b) {
      if (b.op().isLogical()) {
        ValueFilter left = toFilter(b.left(), columns);
        ValueFilter right = toFilter(b.right(), columns);
        if (left == null || right == null) {
          return null;
        }
        return b.op() == Expr.BinaryOp.AND
            ? new ValueFilter.And(left, right)
            : new ValueFilter.Or(left, right);
      }
      if (b.op().isComparison()) {
        return compare(b.op(), b.left(), b.right(), columns);
      }
    }
    return rangeOrSet(expr, columns);
  }

  private static ValueFilter rangeOrSet(Expr expr, Map<SeriesSchema, Integer> columns) {
    if (expr instanceof Expr.Between b && !b.negated()) {
      ValueFilter low = compare(Expr.BinaryOp.GE, b.operand(), b.low(), columns);
      ValueFilter high = compare(Expr.BinaryOp.LE, b.operand(), b.high(), columns);
      return low == null || high == null ? null : new ValueFilter.And(low, high);
    }
    if (expr instanceof Expr.In in && !in.negated() && !in.values().isEmpty()) {
      ValueFilter any = null;
      for (Expr.Literal value : in.values()) {
        ValueFilter eq = compare(Expr.BinaryOp.EQ, in.operand(), value, columns);
        if (eq == null) {
          return null;
        }
        any = any == null ? eq : new ValueFilter.Or(any, eq);
      }
      return any;
    }
    return null;
  }

  private static ValueFilter compare(
      Expr.BinaryOp op, Expr left, Expr right, Map<SeriesSchema, Integer> columns) {
    if (left instanceof Expr.Literal && right instanceof Expr.Series) {
      return compare(flip(op), right, left, columns);
    }
    if (!(left instanceof Expr.Series s) || !(right instanceof Expr.Literal l)) {
      return null;
    }
    Integer column = columns.get(s.series());
    Object constant = constant(s.series().type(), l);
    if (column == null || constant == null) {
      return null;
    }
    return new ValueFilter.Compare(column, toOp(op), constant);
  }

  private static Object constant(TSDataType type, Expr.Literal literal) {
    Object value = literal.value();
    if (value == null) {
      return null;
    }
    if (Exprs.isNumeric(type) && value instanceof Number) {
      return value;
    }
    if (type == TSDataType.BOOLEAN && value instanceof Boolean) {
      return value;
    }
    if ((type == TSDataType.TEXT || type == TSDataType.STRING) && value instanceof String text) {
      return Texts.binary(text);
    }
    return null;
  }

  private static Expr.BinaryOp flip(Expr.BinaryOp op) {
    return switch (op) {
      case LT -> Expr.BinaryOp.GT;
      case LE -> Expr.BinaryOp.GE;
      case GT -> Expr.BinaryOp.LT;
      case GE -> Expr.BinaryOp.LE;
      default -> op;
    };
  }

  private static ValueFilter.Op toOp(Expr.BinaryOp op) {
    return switch (op) {
      case EQ -> ValueFilter.Op.EQ;
      case NE -> ValueFilter.Op.NE;
      case LT -> ValueFilter.Op.LT;
      case LE -> ValueFilter.Op.LE;
      case GT -> ValueFilter.Op.GT;
      default -> ValueFilter.Op.GE;
    };
  }
}
