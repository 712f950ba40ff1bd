package org.stratadb.storage.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.apache.tsfile.enums.TSDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.api.ReadOnlyException;
import org.stratadb.storage.api.RegionStats;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.WalException;
import org.stratadb.storage.wal.WalLog;

/**
 * One data region: wires the write, delete, flush and read paths around the shared {@link
 * RegionState}. Opening it recovers whatever the previous run left (see {@link RegionOpener}).
 */
final class DataRegionImpl implements DataRegion {
  private static final Logger LOG = LoggerFactory.getLogger(DataRegionImpl.class);

  private final RegionLayout layout;
  private final RegionState state;
  private final WalLog wal;
  private final RegionWriter writer;
  private final RegionDeleter deleter;
  private final RegionFlusher flusher;
  private final RegionReader reader;
  private final TtlRules ttl;
  private final DiskGuard diskGuard;
  private final RegionFreezer freezer;
  private final RegionMaintenance maintenance;
  private final MemoryBudget budget;
  private volatile boolean closed;

  DataRegionImpl(RegionParts parts) {
    this.layout = parts.layout();
    this.state = parts.state();
    this.wal = parts.wal();
    this.writer = parts.writer();
    this.deleter = parts.deleter();
    this.flusher = parts.flusher();
    this.reader = parts.reader();
    this.ttl = parts.ttl();
    this.diskGuard = parts.diskGuard();
    this.freezer = parts.freezer();
    this.maintenance = parts.maintenance();
    this.budget = parts.budget();
  }

  @Override
  public void write(Tablet tablet) throws StorageException {
    write(List.of(tablet));
  }

  @Override
  public void write(List<Tablet> tablets) throws StorageException {
    checkWritable();
    writer.write(tablets);
  }

  @Override
  public BlockIterator scan(SeriesScan scan) throws StorageException {
    checkOpen();
    return reader.scan(scan);
  }

  @Override
  public List<AggregationRow> aggregate(AggregationQuery query) throws StorageException {
    checkOpen();
    return reader.aggregate(query);
  }

  @Override
  public Optional<LastPoint> last(String device, String measurement, TSDataType type)
      throws StorageException {
    checkOpen();
    return reader.last(device, measurement, type);
  }

  @Override
  public void delete(Deletion deletion) throws StorageException {
    checkWritable();
    deleter.delete(deletion);
  }

  @Override
  public void setTtl(String pathPattern, long ttlMillis) throws StorageException {
    checkOpen();
    if (ttlMillis <= 0) {
      throw new StorageException("a TTL must be positive, got " + ttlMillis);
    }
    try {
      ttl.set(pathPattern, ttlMillis);
    } catch (IOException | IllegalArgumentException e) {
      throw new StorageException("cannot set the TTL of " + pathPattern + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void flush() throws StorageException {
    checkOpen();
    freezer.freezeUnlessEmpty();
    awaitFlushes();
  }

  @Override
  public RegionStats stats() {
    state.lock.readLock().lock();
    try {
      long memBytes = 0;
      for (Generation generation : state.generations()) {
        memBytes += generation.memoryBytes();
      }
      long diskBytes = 0;
      for (TsFileHandle handle : state.files.all()) {
        diskBytes += handle.sizeInBytes();
      }
      return new RegionStats(
          memBytes,
          state.files.sequenceCount(),
          state.files.unsequenceCount(),
          diskBytes,
          wal.sizeInBytes(),
          flusher.flushCount(),
          maintenance.compactions(),
          flusher.failure() != null);
    } finally {
      state.lock.readLock().unlock();
    }
  }

  @Override
  public void close() throws StorageException {
    if (closed) {
      return;
    }
    maintenance.stop();
    try {
      flush();
    } finally {
      closed = true;
      releaseMemory();
      try {
        wal.close();
      } catch (UncheckedIOException e) {
        throw new WalException("the final fsync of the WAL failed", e);
      }
      LOG.info("Closed region {}-{}", layout.database(), layout.regionId());
    }
  }

  boolean isClosed() {
    return closed;
  }

  /** What a failed flush left unflushed goes back to the engine's budget with the region. */
  private void releaseMemory() {
    state.lock.writeLock().lock();
    try {
      for (Generation generation : state.generations()) {
        budget.release(generation.accountedBytes());
        generation.setAccountedBytes(0);
      }
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  /** Runs a round of TTL removal and compaction now; the engine also runs them periodically. */
  void runMaintenance() {
    maintenance.runRound();
  }

  private void awaitFlushes() throws StorageException {
    try {
      flusher.drained().join();
    } catch (CompletionException e) {
      throw new StorageException("flush failed: " + e.getCause(), e.getCause());
    }
    Throwable failure = flusher.failure();
    if (failure != null) {
      throw new ReadOnlyException("a flush of this region failed (" + failure + ")");
    }
  }

  private void checkOpen() throws StorageException {
    if (closed) {
      throw new StorageException(
          "region " + layout.database() + "-" + layout.regionId() + " is closed");
    }
  }

  private void checkWritable() throws StorageException {
    checkOpen();
    Throwable failure = flusher.failure();
    if (failure != null) {
      throw new ReadOnlyException(
          "region "
              + layout.database()
              + "-"
              + layout.regionId()
              + " is read-only after a failed flush ("
              + failure.getMessage()
              + ")");
    }
    diskGuard.checkWritable();
  }
}
