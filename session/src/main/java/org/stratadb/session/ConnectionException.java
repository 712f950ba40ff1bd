package org.stratadb.session;

/** The request could not reach the server or its reply could not be read. */
public class ConnectionException extends SessionException {
  private static final long serialVersionUID = 1L;

  public ConnectionException(String message) {
    super(message);
  }

  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
