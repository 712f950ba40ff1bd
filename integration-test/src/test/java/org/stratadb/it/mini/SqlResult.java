package org.stratadb.it.mini;

import java.util.Optional;

/**
 * What one statement gave: a table (empty for a statement without rows) or the failure, never an
 * exception, so that a bounded wait can poll a statement until it succeeds.
 *
 * @param table the rows, or null if the statement failed
 * @param statusCode the server's failure code, 0 on success, -1 if the server was not reached
 * @param error the failure as text, or null on success
 */
public record SqlResult(SqlTable table, int statusCode, String error) {

  static SqlResult ok(SqlTable table) {
    return new SqlResult(table, 0, null);
  }

  static SqlResult failed(int statusCode, String error) {
    return new SqlResult(null, statusCode, error);
  }

  public boolean ok() {
    return error == null;
  }

  /** The table, if the statement succeeded. */
  public Optional<SqlTable> rows() {
    return Optional.ofNullable(table);
  }

  /**
   * The table.
   *
   * @throws AssertionError with the failure, if the statement failed
   */
  public SqlTable orFail() {
    if (!ok()) {
      throw new AssertionError("statement failed: " + error);
    }
    return table;
  }

  @Override
  public String toString() {
    return ok() ? table.toString() : "failed (" + statusCode + "): " + error;
  }
}
