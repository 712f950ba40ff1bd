package org.stratadb.storage.region;

import java.nio.ByteBuffer;
import java.util.List;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.WalException;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.api.WriteRejectedException;
import org.stratadb.storage.wal.GrowableBuffer;
import org.stratadb.storage.wal.WalCodec;
import org.stratadb.storage.wal.WalEntry;
import org.stratadb.storage.wal.WalLog;

/**
 * The write path: WAL first, then memtables, then the acknowledgement once the WAL mode's promise
 * holds. The WAL record is encoded before the region lock is taken and the SYNC wait happens after
 * it is released, so concurrent writers overlap everything but the append itself.
 */
final class RegionWriter {
  private static final int KEPT_BUFFER_BYTES = 8 << 20;
  private final RegionState state;
  private final WalLog wal;
  private final WalMode walMode;
  private final RegionApplier applier;
  // Encoding into a fresh buffer per write would allocate as much as the tablet itself; a
  // writer thread reuses its buffer instead, unless an outsized write left it too big to keep.
  private final ThreadLocal<GrowableBuffer> walBuffers =
      ThreadLocal.withInitial(GrowableBuffer::new);
  private final MemoryBudget budget;
  private final Freezer freezer;
  private final long flushBytes;
  private final long rejectWaitMillis;

  /** Freezes the working generation and queues it for flushing. */
  interface Freezer {
    /** Called under the write lock. */
    void freezeAndFlush() throws WalException;

    /** Takes the write lock, and freezes unless the working generation holds nothing. */
    void freezeUnlessEmpty() throws WalException;
  }

  RegionWriter(
      RegionState state,
      WalLog wal,
      StorageOptions options,
      RegionApplier applier,
      MemoryBudget budget,
      Freezer freezer) {
    this.state = state;
    this.wal = wal;
    this.walMode = options.walMode();
    this.applier = applier;
    this.budget = budget;
    this.freezer = freezer;
    this.flushBytes = options.memtableFlushBytes();
    this.rejectWaitMillis = options.writeRejectWaitMillis();
  }

  void write(List<Tablet> tablets) throws StorageException {
    awaitMemory();
    GrowableBuffer buffer = walMode == WalMode.DISABLE ? null : walBuffers.get();
    try {
      ByteBuffer record =
          buffer == null ? null : WalCodec.encodeInto(new WalEntry.WriteEntry(tablets), buffer);
      writeLogged(tablets, record);
    } finally {
      if (buffer != null && buffer.capacity() > KEPT_BUFFER_BYTES) {
        walBuffers.remove();
      }
    }
  }

  private void writeLogged(List<Tablet> tablets, ByteBuffer record) throws StorageException {
    long ticket;
    state.lock.writeLock().lock();
    try {
      new BatchCheck(state.working()).check(tablets);
      ticket = append(record);
      for (Tablet tablet : tablets) {
        applier.applyWrite(tablet);
      }
      accountAndMaybeFreeze();
    } finally {
      state.lock.writeLock().unlock();
    }
    wal.awaitDurable(ticket);
  }

  private long append(ByteBuffer record) throws StorageException {
    if (record == null) {
      return 0;
    }
    try {
      return wal.append(record);
    } catch (IllegalArgumentException e) {
      throw new StorageException("the write cannot be logged: " + e.getMessage(), e);
    }
  }

  /** Reserves what the working generation grew by and freezes it once it is big enough. */
  void accountAndMaybeFreeze() throws WalException {
    Generation working = state.working();
    long bytes = working.memoryBytes();
    budget.add(bytes - working.accountedBytes());
    working.setAccountedBytes(bytes);
    if (bytes >= flushBytes) {
      freezer.freezeAndFlush();
    }
  }

  private void awaitMemory() throws StorageException {
    if (!budget.overLimit()) {
      return;
    }
    freezer.freezeUnlessEmpty();
    try {
      if (!budget.awaitRoom(rejectWaitMillis)) {
        throw new WriteRejectedException(
            "memtables hold "
                + budget.usedBytes()
                + " bytes, over the budget of "
                + budget.limitBytes()
                + ", and flushing did not free memory within "
                + rejectWaitMillis
                + " ms");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WriteRejectedException("interrupted while waiting for memtable memory");
    }
  }
}
