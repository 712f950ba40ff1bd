package org.stratadb.query.analyze;

import java.util.Objects;

/**
 * One column a query returns: its display name and the expression computing it (a series, an
 * expression over series, or an aggregation of a series).
 */
public record OutputColumn(String name, Expr expr) {
  public OutputColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expr, "expr");
  }

  /** A column named by the expression's own text. */
  public static OutputColumn of(Expr expr) {
    return new OutputColumn(Exprs.text(expr), expr);
  }
}
