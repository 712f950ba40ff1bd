package org.stratadb.storage.api;

/** The WAL could not log a write, so the write was not applied. */
public class WalException extends StorageException {
  private static final long serialVersionUID = 1L;

  public WalException(String message, Throwable cause) {
    super(message, cause);
  }
}
