package org.stratadb.query.sql.internal;

import org.stratadb.query.sql.ParseOptions;

/** The helpers every statement builder shares while one statement is built. */
final class BuildContext {
  final TimeLiterals time;
  final Literals literals;
  final ExpressionBuilder expressions;

  BuildContext(ParseOptions options) {
    this.time = new TimeLiterals(options);
    this.literals = new Literals(time);
    this.expressions = new ExpressionBuilder(literals);
  }
}
