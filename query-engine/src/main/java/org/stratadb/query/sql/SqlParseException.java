package org.stratadb.query.sql;

import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/**
 * Statement text that is not valid SQL (SQL_PARSE_ERROR, 700). The message reads like IoTDB's:
 * {@code Error occurred while parsing SQL to physical plan: line 1:0 no viable alternative at input
 * 'selct'}.
 */
public class SqlParseException extends StrataException {
  private static final long serialVersionUID = 1L;

  /** The prefix IoTDB puts before every syntax error. */
  public static final String PREFIX = "Error occurred while parsing SQL to physical plan: ";

  /**
   * @param detail what is wrong and where, e.g. {@code line 1:7 mismatched input ...}
   */
  public SqlParseException(String detail) {
    super(StatusCode.SQL_PARSE_ERROR, PREFIX + detail);
  }
}
