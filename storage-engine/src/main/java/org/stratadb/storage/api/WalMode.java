package org.stratadb.storage.api;

import org.stratadb.commons.config.ConfigChoice;

/** IoTDB's {@code wal_mode} values. */
public enum WalMode implements ConfigChoice {
  /** No WAL: a crash loses what is not flushed. */
  DISABLE,
  /** Records are written at once and forced to disk in the background, at a fixed delay. */
  ASYNC,
  /** A write returns after its record is forced to disk; concurrent writers share one fsync. */
  SYNC;

  @Override
  public String configValue() {
    return name();
  }
}
