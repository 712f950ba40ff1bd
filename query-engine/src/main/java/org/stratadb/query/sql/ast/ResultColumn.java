package org.stratadb.query.sql.ast;

import java.util.Objects;
import java.util.Optional;
import org.stratadb.query.sql.ast.expression.Expression;

/** One item of the select list: an expression and the alias given with {@code AS}, if any. */
public record ResultColumn(Expression expression, Optional<String> alias) {
  public ResultColumn {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(alias, "alias");
  }

  public ResultColumn(Expression expression) {
    this(expression, Optional.empty());
  }
}
