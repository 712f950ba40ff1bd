package org.stratadb.storage.api;

/**
 * The region takes no writes: free disk space fell below the configured threshold, or an
 * unrecoverable I/O error made it read-only. Reads still work.
 */
public class ReadOnlyException extends StorageException {
  private static final long serialVersionUID = 1L;

  public ReadOnlyException(String message) {
    super(message);
  }
}
