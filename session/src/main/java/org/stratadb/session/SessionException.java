package org.stratadb.session;

/** Base of the checked exceptions the session throws. */
public abstract class SessionException extends Exception {
  private static final long serialVersionUID = 1L;

  protected SessionException(String message) {
    super(message);
  }

  protected SessionException(String message, Throwable cause) {
    super(message, cause);
  }
}
