package org.stratadb.storage.api;

/**
 * Base of the storage engine's typed failures. The RPC layer maps each subclass to IoTDB's status
 * code; nothing below it knows about status codes.
 */
public class StorageException extends Exception {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
