package org.stratadb.query.api;

/**
 * What executing one statement gave: rows for a query, or nothing but success for everything else.
 * Failures are thrown as {@link org.stratadb.commons.error.StrataException} with their status code.
 */
public sealed interface ExecutionResult {

  /** The statement ran and returns no result set (DDL, DML, FLUSH, ...). */
  record Done() implements ExecutionResult {}

  /** The statement returns rows; the caller pages through them and must close them. */
  record Rows(ResultSet rows) implements ExecutionResult {}

  static ExecutionResult done() {
    return new Done();
  }
}
