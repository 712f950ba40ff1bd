package org.stratadb.query.analyze;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/** Type inference, display text and traversal of {@link Expr}s. */
public final class Exprs {
  private static final Set<TSDataType> NUMERIC =
      EnumSet.of(
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.DATE,
          TSDataType.TIMESTAMP);
  private static final Set<TSDataType> TEXTUAL =
      EnumSet.of(TSDataType.TEXT, TSDataType.STRING, TSDataType.BLOB);

  private Exprs() {}

  public static boolean isNumeric(TSDataType type) {
    return NUMERIC.contains(type);
  }

  public static boolean isTextual(TSDataType type) {
    return TEXTUAL.contains(type);
  }

  /**
   * The type of an expression's values.
   *
   * @throws StrataException SEMANTIC_ERROR when operand types do not fit their operator
   */
  public static TSDataType typeOf(Expr expr) {
    if (expr instanceof Expr.Series s) {
      return s.series().type();
    } else if (expr instanceof Expr.Time) {
      return TSDataType.INT64;
    } else if (expr instanceof Expr.Literal l) {
      return l.type() == null ? TSDataType.BOOLEAN : l.type();
    } else if (expr instanceof Expr.Column c) {
      return c.type();
    } else if (expr instanceof Expr.Unary u) {
      return unaryType(u);
    } else if (expr instanceof Expr.Binary b) {
      return binaryType(b);
    } else if (expr instanceof Expr.Aggregate a) {
      return a.function().resultType(a.input().series().type());
    }
    return predicateType(expr);
  }

  private static TSDataType predicateType(Expr expr) {
    if (expr instanceof Expr.IsNull n) {
      typeOf(n.operand());
    } else if (expr instanceof Expr.In in) {
      TSDataType operand = typeOf(in.operand());
      for (Expr.Literal value : in.values()) {
        requireComparable(operand, typeOf(value), expr);
      }
    } else if (expr instanceof Expr.Between b) {
      TSDataType operand = typeOf(b.operand());
      requireComparable(operand, typeOf(b.low()), expr);
      requireComparable(operand, typeOf(b.high()), expr);
    } else if (expr instanceof Expr.Match m) {
      if (!isTextual(typeOf(m.operand()))) {
        throw semantic("LIKE and REGEXP apply to text only: " + text(expr));
      }
    } else {
      throw new IllegalArgumentException("unknown expression " + expr);
    }
    return TSDataType.BOOLEAN;
  }

  private static TSDataType unaryType(Expr.Unary u) {
    TSDataType operand = typeOf(u.operand());
    if (u.op() == Expr.UnaryOp.NOT) {
      if (operand != TSDataType.BOOLEAN) {
        throw semantic("NOT needs a boolean operand: " + text(u));
      }
      return TSDataType.BOOLEAN;
    }
    if (!isNumeric(operand)) {
      throw semantic("'-' needs a numeric operand: " + text(u));
    }
    return operand;
  }

  private static TSDataType binaryType(Expr.Binary b) {
    TSDataType left = typeOf(b.left());
    TSDataType right = typeOf(b.right());
    if (b.op().isArithmetic()) {
      if (!isNumeric(left) || !isNumeric(right)) {
        throw semantic("arithmetic needs numeric operands: " + text(b));
      }
      return TSDataType.DOUBLE;
    }
    if (b.op().isLogical()) {
      if (left != TSDataType.BOOLEAN || right != TSDataType.BOOLEAN) {
        throw semantic("AND and OR need boolean operands: " + text(b));
      }
      return TSDataType.BOOLEAN;
    }
    requireComparable(left, right, b);
    return TSDataType.BOOLEAN;
  }

  private static void requireComparable(TSDataType a, TSDataType b, Expr where) {
    boolean ok =
        (isNumeric(a) && isNumeric(b))
            || (isTextual(a) && isTextual(b))
            || (a == TSDataType.BOOLEAN && b == TSDataType.BOOLEAN);
    if (!ok) {
      throw semantic("cannot compare " + a + " with " + b + " in " + text(where));
    }
  }

  static StrataException semantic(String message) {
    return new StrataException(StatusCode.SEMANTIC_ERROR, message);
  }

  /** The display text of an expression, as used in column names. */
  public static String text(Expr expr) {
    if (expr instanceof Expr.Series s) {
      return s.display();
    } else if (expr instanceof Expr.Time) {
      return "Time";
    } else if (expr instanceof Expr.Literal l) {
      return literalText(l);
    } else if (expr instanceof Expr.Column c) {
      return "$" + c.index();
    } else if (expr instanceof Expr.Aggregate a) {
      return a.function().sqlName() + "(" + a.input().display() + ")";
    } else if (expr instanceof Expr.Unary u) {
      return (u.op() == Expr.UnaryOp.NOT ? "!" : "-") + nested(u.operand());
    } else if (expr instanceof Expr.Binary b) {
      return nested(b.left()) + " " + b.op().symbol() + " " + nested(b.right());
    }
    return predicateText(expr);
  }

  private static String predicateText(Expr expr) {
    if (expr instanceof Expr.IsNull n) {
      return nested(n.operand()) + (n.negated() ? " IS NOT NULL" : " IS NULL");
    } else if (expr instanceof Expr.In in) {
      return nested(in.operand())
          + (in.negated() ? " NOT IN (" : " IN (")
          + in.values().stream().map(Exprs::literalText).collect(Collectors.joining(", "))
          + ")";
    } else if (expr instanceof Expr.Between b) {
      return nested(b.operand())
          + (b.negated() ? " NOT BETWEEN " : " BETWEEN ")
          + nested(b.low())
          + " AND "
          + nested(b.high());
    } else if (expr instanceof Expr.Match m) {
      return nested(m.operand())
          + (m.negated() ? " NOT" : "")
          + (m.regexp() ? " REGEXP '" : " LIKE '")
          + m.pattern()
          + "'";
    }
    throw new IllegalArgumentException("unknown expression " + expr);
  }

  private static String nested(Expr expr) {
    boolean simple =
        expr instanceof Expr.Series
            || expr instanceof Expr.Time
            || expr instanceof Expr.Literal
            || expr instanceof Expr.Column
            || expr instanceof Expr.Aggregate;
    return simple ? text(expr) : "(" + text(expr) + ")";
  }

  private static String literalText(Expr.Literal l) {
    if (l.value() == null) {
      return "null";
    }
    if (l.value() instanceof String s) {
      return "'" + s + "'";
    }
    return String.valueOf(l.value());
  }

  /** Calls {@code visitor} on every node, parents before children. */
  public static void walk(Expr expr, Consumer<Expr> visitor) {
    visitor.accept(expr);
    for (Expr child : children(expr)) {
      walk(child, visitor);
    }
  }

  /** The direct operands of a node. */
  public static List<Expr> children(Expr expr) {
    if (expr instanceof Expr.Unary u) {
      return List.of(u.operand());
    } else if (expr instanceof Expr.Binary b) {
      return List.of(b.left(), b.right());
    } else if (expr instanceof Expr.IsNull n) {
      return List.of(n.operand());
    } else if (expr instanceof Expr.In in) {
      return List.of(in.operand());
    } else if (expr instanceof Expr.Between b) {
      return List.of(b.operand(), b.low(), b.high());
    } else if (expr instanceof Expr.Match m) {
      return List.of(m.operand());
    } else if (expr instanceof Expr.Aggregate a) {
      return List.of(a.input());
    }
    return List.of();
  }

  /**
   * Rebuilds an expression bottom-up: each node's operands are rewritten first, then {@code
   * rewrite} may replace the node (return it unchanged to keep it). Aggregates are not entered.
   */
  public static Expr rewrite(Expr expr, Function<Expr, Expr> rewrite) {
    Expr rebuilt = expr;
    if (expr instanceof Expr.Unary u) {
      rebuilt = new Expr.Unary(u.op(), rewrite(u.operand(), rewrite));
    } else if (expr instanceof Expr.Binary b) {
      rebuilt = new Expr.Binary(b.op(), rewrite(b.left(), rewrite), rewrite(b.right(), rewrite));
    } else if (expr instanceof Expr.IsNull n) {
      rebuilt = new Expr.IsNull(rewrite(n.operand(), rewrite), n.negated());
    } else if (expr instanceof Expr.In in) {
      rebuilt = new Expr.In(rewrite(in.operand(), rewrite), in.values(), in.negated());
    } else if (expr instanceof Expr.Between b) {
      rebuilt =
          new Expr.Between(
              rewrite(b.operand(), rewrite),
              rewrite(b.low(), rewrite),
              rewrite(b.high(), rewrite),
              b.negated());
    } else if (expr instanceof Expr.Match m) {
      rebuilt = new Expr.Match(rewrite(m.operand(), rewrite), m.pattern(), m.regexp(), m.negated());
    }
    return rewrite.apply(rebuilt);
  }

  /** Whether the expression reads the row time. */
  public static boolean usesTime(Expr expr) {
    boolean[] found = {false};
    walk(expr, e -> found[0] |= e instanceof Expr.Time);
    return found[0];
  }
}
