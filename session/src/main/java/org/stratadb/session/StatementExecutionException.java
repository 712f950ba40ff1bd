package org.stratadb.session;

/**
 * The server ran the request and answered with a failure status. The message reads {@code "<code>:
 * <message>"}, as IoTDB's clients print it.
 */
public class StatementExecutionException extends SessionException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String statusMessage;

  public StatementExecutionException(int statusCode, String statusMessage) {
    super(statusCode + ": " + statusMessage);
    this.statusCode = statusCode;
    this.statusMessage = statusMessage;
  }

  /** The failure code from the server's status (e.g. 700 for a parse error). */
  public int getStatusCode() {
    return statusCode;
  }

  /** The server's message, without the code. */
  public String getStatusMessage() {
    return statusMessage;
  }
}
