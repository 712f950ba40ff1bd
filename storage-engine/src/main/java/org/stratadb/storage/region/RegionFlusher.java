package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.tsfile.MemTableFlusher;
import org.stratadb.storage.tsfile.TsFileName;
import org.stratadb.storage.tsfile.TsFileResource;
import org.stratadb.storage.wal.WalLog;

/**
 * Turns frozen generations into sealed TsFiles, one generation at a time and in order, and commits
 * each by deleting its WAL segment. The order matters: a WAL segment exists exactly as long as its
 * generation may still be missing from the TsFiles, which is the rule recovery relies on.
 */
final class RegionFlusher {
  private static final Logger LOG = LoggerFactory.getLogger(RegionFlusher.class);

  private final RegionState state;
  private final RegionLayout layout;
  private final WalLog wal;
  private final MemoryBudget budget;
  private final ExecutorService executor;
  private final DataDirPicker dirs;
  private final DeletionApplier deletions;
  private final CommitCheckpoint checkpoint;
  private final AtomicLong flushCount = new AtomicLong();
  private volatile CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
  private volatile Throwable failure;

  RegionFlusher(
      RegionState state,
      RegionLayout layout,
      WalLog wal,
      MemoryBudget budget,
      ExecutorService executor,
      DataDirPicker dirs,
      DeletionApplier deletions,
      CommitCheckpoint checkpoint) {
    this.state = state;
    this.layout = layout;
    this.wal = wal;
    this.budget = budget;
    this.executor = executor;
    this.dirs = dirs;
    this.deletions = deletions;
    this.checkpoint = checkpoint;
  }

  /**
   * Queues a frozen generation; called under the region write lock, so queue order is freeze order.
   */
  synchronized CompletableFuture<Void> submit(Generation frozen) {
    tail = tail.thenRunAsync(() -> flushQuietly(frozen), executor);
    return tail;
  }

  /** A future that completes when everything queued so far is flushed. */
  CompletableFuture<Void> drained() {
    return tail;
  }

  long flushCount() {
    return flushCount.get();
  }

  /** The failure of the last flush, if it failed; the region turns read-only on it. */
  Throwable failure() {
    return failure;
  }

  private void flushQuietly(Generation generation) {
    if (failure != null) {
      return;
    }
    try {
      flush(generation);
    } catch (Throwable e) {
      // Even an Error must turn the region read-only: a silently stalled flush chain would keep
      // the region writable while its memory is never released.
      failure = e;
      LOG.error(
          "Flush of generation {} of region {}-{} failed; the region is read-only, its WAL keeps"
              + " the data",
          generation.id(),
          layout.database(),
          layout.regionId(),
          e);
    }
  }

  private void flush(Generation generation) throws IOException {
    long started = System.nanoTime();
    List<TsFileHandle> written = new ArrayList<>();
    long bytes = 0;
    for (Map.Entry<PartitionSpace, MemTable> entry : generation.memTables().entrySet()) {
      if (entry.getValue().isEmpty()) {
        continue;
      }
      TsFileResource resource = writeFile(generation, entry.getKey(), entry.getValue());
      bytes += Files.size(resource.path());
      written.add(new TsFileHandle(resource));
    }
    int applied = deletions.applyToNewFiles(written, generation.lateDeletions(), 0);
    for (TsFileHandle handle : written) {
      handle.resource().save();
    }
    commit(generation, written, applied);
    if (written.isEmpty()) {
      // Nothing to report: an empty generation (e.g. the one replayed at open) only commits.
      return;
    }
    flushCount.incrementAndGet();
    LOG.info(
        "Flushed generation {} of region {}-{}: {} files, {} bytes, {} ms",
        generation.id(),
        layout.database(),
        layout.regionId(),
        written.size(),
        bytes,
        (System.nanoTime() - started) / 1_000_000);
  }

  private TsFileResource writeFile(Generation generation, PartitionSpace target, MemTable table)
      throws IOException {
    Path dir = layout.partitionDir(dirs.pick(), target.sequence(), target.partition());
    Files.createDirectories(dir);
    TsFileName name = new TsFileName(System.currentTimeMillis(), generation.id(), 0, 0);
    Path file = dir.resolve(name.fileName());
    try {
      return MemTableFlusher.flush(table, file, target.sequence(), target.partition());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  private void commit(Generation generation, List<TsFileHandle> written, int applied)
      throws IOException {
    state.lock.writeLock().lock();
    try {
      // Deletions that arrived while the files were written must reach their mods too.
      deletions.applyToNewFiles(written, generation.lateDeletions(), applied);
      written.forEach(state.files::add);
      state.flushed(generation);
    } finally {
      state.lock.writeLock().unlock();
    }
    checkpoint.save(generation.id());
    budget.release(generation.accountedBytes());
    wal.deleteSegmentsBefore(generation.id() + 1);
  }
}
