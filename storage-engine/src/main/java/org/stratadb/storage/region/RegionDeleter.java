package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.mods.PathPattern;
import org.stratadb.storage.wal.WalCodec;
import org.stratadb.storage.wal.WalEntry;
import org.stratadb.storage.wal.WalLog;

/** The delete path: a deletion is logged like a write, then applied by {@link RegionApplier}. */
final class RegionDeleter {
  private final RegionState state;
  private final WalLog wal;
  private final WalMode walMode;
  private final RegionApplier applier;

  RegionDeleter(RegionState state, WalLog wal, WalMode walMode, RegionApplier applier) {
    this.state = state;
    this.wal = wal;
    this.walMode = walMode;
    this.applier = applier;
  }

  void delete(Deletion deletion) throws StorageException {
    PathPattern pattern = parse(deletion.pathPattern());
    ByteBuffer record =
        walMode == WalMode.DISABLE ? null : WalCodec.encode(new WalEntry.DeleteEntry(deletion));
    long ticket;
    state.lock.writeLock().lock();
    try {
      ticket = record == null ? 0 : wal.append(record);
      applier.applyDeletion(deletion, pattern);
    } catch (IOException e) {
      throw new StorageException("cannot record deletion of " + deletion.pathPattern(), e);
    } finally {
      state.lock.writeLock().unlock();
    }
    wal.awaitDurable(ticket);
  }

  static PathPattern parse(String pattern) throws StorageException {
    try {
      return PathPattern.parse(pattern);
    } catch (IllegalArgumentException e) {
      throw new StorageException("invalid path pattern " + pattern + ": " + e.getMessage(), e);
    }
  }
}
