package org.stratadb.query.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Separates the time part of a WHERE condition: top-level conjuncts that only compare the time with
 * constants become a {@link TimeSet} (read as time ranges by the scans), the rest stays a value
 * filter.
 */
final class TimePredicates {
  /** The time filter and what is left of the condition (null when nothing is). */
  record Split(TimeSet time, Expr rest) {}

  private TimePredicates() {}

  static Split split(Expr where) {
    if (where == null) {
      return new Split(TimeSet.all(), null);
    }
    List<Expr> conjuncts = new ArrayList<>();
    collect(where, conjuncts);
    TimeSet time = TimeSet.all();
    Expr rest = null;
    for (Expr conjunct : conjuncts) {
      TimeSet set = timeSet(conjunct);
      if (set != null) {
        time = time.intersect(set);
      } else {
        rest = rest == null ? conjunct : new Expr.Binary(Expr.BinaryOp.AND, rest, conjunct);
      }
    }
    return new Split(time, rest);
  }

  private static void collect(Expr expr, List<Expr> out) {
    if (expr instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else {
      out.add(expr);
    }
  }

  /** The times for which a pure time condition holds, or null when it is not one. */
  static TimeSet timeSet(Expr expr) {
    if (expr instanceof Expr.Binary b) {
      return b.op().isLogical() ? logical(b) : comparison(b);
    }
    if (expr instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
      TimeSet inner = timeSet(u.operand());
      return inner == null ? null : inner.complement();
    }
    if (expr instanceof Expr.Between b && b.operand() instanceof Expr.Time) {
      Long low = constant(b.low());
      Long high = constant(b.high());
      if (low == null || high == null) {
        return null;
      }
      TimeSet set = TimeSet.closed(low, high);
      return b.negated() ? set.complement() : set;
    }
    if (expr instanceof Expr.In in && in.operand() instanceof Expr.Time) {
      return in(in);
    }
    return null;
  }

  private static TimeSet logical(Expr.Binary b) {
    TimeSet left = timeSet(b.left());
    TimeSet right = timeSet(b.right());
    if (left == null || right == null) {
      return null;
    }
    return b.op() == Expr.BinaryOp.AND ? left.intersect(right) : left.union(right);
  }

  private static TimeSet comparison(Expr.Binary b) {
    if (!b.op().isComparison()) {
      return null;
    }
    if (b.left() instanceof Expr.Time && constant(b.right()) != null) {
      return compare(b.op(), constant(b.right()));
    }
    if (b.right() instanceof Expr.Time && constant(b.left()) != null) {
      return compare(mirror(b.op()), constant(b.left()));
    }
    return null;
  }

  private static TimeSet in(Expr.In in) {
    TimeSet set = TimeSet.none();
    for (Expr.Literal value : in.values()) {
      Long t = constant(value);
      if (t == null) {
        return null;
      }
      set = set.union(TimeSet.closed(t, t));
    }
    return in.negated() ? set.complement() : set;
  }

  private static Long constant(Expr expr) {
    return expr instanceof Expr.Literal l && l.value() instanceof Long v ? v : null;
  }

  private static TimeSet compare(Expr.BinaryOp op, long v) {
    return switch (op) {
      case EQ -> TimeSet.closed(v, v);
      case NE -> TimeSet.closed(v, v).complement();
      case LT -> v == Long.MIN_VALUE ? TimeSet.none() : TimeSet.closed(Long.MIN_VALUE, v - 1);
      case LE -> TimeSet.closed(Long.MIN_VALUE, v);
      case GT -> v == Long.MAX_VALUE ? TimeSet.none() : TimeSet.closed(v + 1, Long.MAX_VALUE);
      default -> TimeSet.closed(v, Long.MAX_VALUE);
    };
  }

  private static Expr.BinaryOp mirror(Expr.BinaryOp op) {
    return switch (op) {
      case LT -> Expr.BinaryOp.GT;
      case LE -> Expr.BinaryOp.GE;
      case GT -> Expr.BinaryOp.LT;
      case GE -> Expr.BinaryOp.LE;
      default -> op;
    };
  }
}
