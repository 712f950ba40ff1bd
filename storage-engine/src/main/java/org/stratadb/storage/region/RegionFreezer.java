package org.stratadb.storage.region;

import org.stratadb.storage.api.WalException;
import org.stratadb.storage.wal.WalLog;

/**
 * Ends the working generation: rolls the WAL so the next generation gets its own segment, freezes
 * the memtables and queues them for flushing.
 */
final class RegionFreezer implements RegionWriter.Freezer {
  private final RegionState state;
  private final WalLog wal;
  private final RegionFlusher flusher;

  RegionFreezer(RegionState state, WalLog wal, RegionFlusher flusher) {
    this.state = state;
    this.wal = wal;
    this.flusher = flusher;
  }

  @Override
  public void freezeAndFlush() throws WalException {
    long next = wal.roll();
    flusher.submit(state.freezeWorking(new Generation(next)));
  }

  @Override
  public void freezeUnlessEmpty() throws WalException {
    state.lock.writeLock().lock();
    try {
      // Memory counts, not points: a memtable whose points were all deleted still holds its
      // blocks in the budget until a flush commits it.
      Generation working = state.working();
      if (!working.isEmpty() || working.accountedBytes() > 0) {
        freezeAndFlush();
      }
    } finally {
      state.lock.writeLock().unlock();
    }
  }
}
