package org.stratadb.storage.crash;

import java.nio.file.Path;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.WalMode;

/** Small memtables and unthrottled compaction, so that a short run flushes and compacts a lot. */
final class CrashOptions {

  private CrashOptions() {}

  static StorageOptions of(Path home, WalMode mode) {
    return StorageOptions.defaults(home)
        .withWalMode(mode)
        .withMemory(48 << 10, 64 << 20)
        .withCompaction(1, 0);
  }
}
