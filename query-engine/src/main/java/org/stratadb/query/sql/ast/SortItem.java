package org.stratadb.query.sql.ast;

import java.util.Objects;
import java.util.Optional;
import org.stratadb.query.sql.ast.expression.Expression;

/**
 * One ORDER BY item: a sort key ({@code TIME}, {@code DEVICE}, {@code TIMESERIES}) or an
 * expression, its direction and, for expressions, where nulls go.
 *
 * @param expression present exactly when the key is {@link Key#EXPRESSION}
 * @param nullsFirst whether nulls sort before values ({@code NULLS FIRST}); IoTDB's default is
 *     {@code NULLS LAST}
 */
public record SortItem(
    Key key, Optional<Expression> expression, boolean descending, boolean nullsFirst) {
  public SortItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(expression, "expression");
    if ((key == Key.EXPRESSION) != expression.isPresent()) {
      throw new IllegalArgumentException("an expression sort item, and only it, has an expression");
    }
  }

  public static SortItem of(Key key, boolean descending) {
    return new SortItem(key, Optional.empty(), descending, false);
  }

  /** What a sort item orders by. */
  public enum Key {
    TIME,
    DEVICE,
    TIMESERIES,
    EXPRESSION
  }
}
