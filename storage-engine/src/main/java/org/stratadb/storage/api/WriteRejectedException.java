package org.stratadb.storage.api;

/**
 * The engine could not take a write in time because memtables are over their memory budget and
 * flushing cannot keep up; the write had no effect and may be retried later.
 */
public class WriteRejectedException extends StorageException {
  private static final long serialVersionUID = 1L;

  public WriteRejectedException(String message) {
    super(message);
  }
}
