package org.stratadb.query.sql;

import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/**
 * A statement that parses but says something invalid, found while its AST is built: an unknown data
 * type, a row with the wrong number of values, a malformed time (SEMANTIC_ERROR, 701).
 */
public class SqlSemanticException extends StrataException {
  private static final long serialVersionUID = 1L;

  public SqlSemanticException(String message) {
    super(StatusCode.SEMANTIC_ERROR, message);
  }
}
