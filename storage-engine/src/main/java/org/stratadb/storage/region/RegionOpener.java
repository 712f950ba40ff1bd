package org.stratadb.storage.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.mods.PathPattern;
import org.stratadb.storage.tsfile.TsFileResource;
import org.stratadb.storage.wal.ReplayStats;
import org.stratadb.storage.wal.WalEntry;
import org.stratadb.storage.wal.WalLog;
import org.stratadb.storage.wal.WalReplayer;

/**
 * Opens a region: loads its sealed files, replays its WAL into one generation, then opens the WAL
 * for new writes and flushes the replayed generation like any other. The replayed generation's id
 * is above every file version and at least the last segment's id, so its data ranks newest and its
 * commit removes every replayed segment.
 */
final class RegionOpener {
  private static final Logger LOG = LoggerFactory.getLogger(RegionOpener.class);
  private static final long MAINTENANCE_PERIOD_MILLIS = 2_000;

  private final RegionLayout layout;
  private final StorageOptions options;
  private final MemoryBudget budget;
  private final ExecutorService flushExecutor;
  private final EngineServices services;

  private RegionOpener(
      RegionLayout layout,
      StorageOptions options,
      MemoryBudget budget,
      ExecutorService flushExecutor,
      EngineServices services) {
    this.layout = layout;
    this.options = options;
    this.budget = budget;
    this.flushExecutor = flushExecutor;
    this.services = services;
  }

  static DataRegionImpl open(
      RegionLayout layout,
      StorageOptions options,
      MemoryBudget budget,
      ExecutorService flushExecutor,
      EngineServices services)
      throws StorageException {
    return new RegionOpener(layout, options, budget, flushExecutor, services).open();
  }

  private DataRegionImpl open() throws StorageException {
    long started = System.nanoTime();
    try {
      Files.createDirectories(layout.systemDir());
      CommitCheckpoint checkpoint = new CommitCheckpoint(layout.systemDir());
      long committed = checkpoint.load();
      // Segments of committed generations may survive a crash between unlinks; they are done.
      List<Long> segments =
          WalReplayer.segmentIds(layout.walDir()).stream().filter(id -> id > committed).toList();
      List<TsFileHandle> files =
          new RegionRecovery(layout, Set.copyOf(segments), services.partitionRecovery())
              .loadFiles();
      long maxVersion = files.stream().mapToLong(TsFileHandle::version).max().orElse(-1);
      long lastSegment = segments.isEmpty() ? -1 : segments.get(segments.size() - 1);
      long replayed = Math.max(Math.max(maxVersion, committed) + 1, lastSegment);
      RegionState state = new RegionState(new Generation(replayed));
      for (TsFileHandle handle : files) {
        addRecovered(state, handle);
      }
      TtlRules ttl = TtlRules.load(layout.systemDir());
      LastValues lastValues = new LastValues();
      RegionApplier applier =
          new RegionApplier(
              state,
              new WriteRouter(options.timePartitionIntervalMillis()),
              new DeletionApplier(),
              lastValues::written,
              lastValues::deleted);
      ReplayStats replay = replay(layout, applier, committed);
      WalLog wal =
          WalLog.open(
              layout.walDir(),
              options.walMode(),
              options.walAsyncFsyncDelayMillis(),
              state.working().id() + 1);
      DataRegionImpl region = assemble(state, wal, applier, ttl, lastValues, checkpoint);
      LOG.info(
          "Opened region {}-{} in {} ms: {} files, {} WAL records replayed",
          layout.database(),
          layout.regionId(),
          (System.nanoTime() - started) / 1_000_000,
          files.size(),
          replay.records());
      return region;
    } catch (IOException | UncheckedIOException e) {
      throw new StorageException(
          "cannot open region " + layout.database() + "-" + layout.regionId() + ": " + e, e);
    }
  }

  private DataRegionImpl assemble(
      RegionState state,
      WalLog wal,
      RegionApplier applier,
      TtlRules ttl,
      LastValues lastValues,
      CommitCheckpoint checkpoint) {
    RegionFlusher flusher =
        new RegionFlusher(
            state,
            layout,
            wal,
            budget,
            flushExecutor,
            new DataDirPicker(options.dataDirs()),
            new DeletionApplier(),
            checkpoint);
    Generation replayed = state.working();
    replayed.setAccountedBytes(replayed.memoryBytes());
    budget.add(replayed.accountedBytes());
    // Flushing the replayed generation, even an empty one, commits and removes its segments.
    flusher.submit(state.freezeWorking(new Generation(wal.currentSegmentId())));
    RegionFreezer freezer = new RegionFreezer(state, wal, flusher);
    RegionWriter writer = new RegionWriter(state, wal, options, applier, budget, freezer);
    RegionDeleter deleter = new RegionDeleter(state, wal, options.walMode(), applier);
    RegionReader reader = new RegionReader(state, ttl, services, lastValues);
    RegionMaintenance maintenance = new RegionMaintenance(new TtlSweeper(state, ttl, services));
    if (options.compactionThreads() > 0) {
      maintenance.attach(
          new RegionCompactor(
              layout,
              state,
              ttl,
              services,
              new DataDirPicker(options.dataDirs()),
              options.compactionWriteBytesPerSecond(),
              maintenance::stopping));
    }
    maintenance.start(services, MAINTENANCE_PERIOD_MILLIS);
    return new DataRegionImpl(
        new RegionParts(
            layout,
            state,
            wal,
            writer,
            deleter,
            flusher,
            reader,
            ttl,
            new DiskGuard(options.dataDirs(), options.minFreeDiskRatio()),
            freezer,
            maintenance,
            budget));
  }

  /**
   * Unsequence files raise the flushed times too: compaction may have cut a sequence file's tail
   * (deleted or expired points), and a new write at such a time must still rank above the older
   * unsequence data there, which only the unsequence space guarantees.
   */
  private static void addRecovered(RegionState state, TsFileHandle handle) {
    state.files.add(handle);
    TsFileResource resource = handle.resource();
    for (String device : resource.devices()) {
      state.lastFlushed.raise(resource.timePartition(), device, resource.endTime(device));
    }
  }

  private static ReplayStats replay(RegionLayout layout, RegionApplier applier, long committed)
      throws IOException {
    return WalReplayer.replay(
        layout.walDir(),
        (segment, entry) -> {
          if (segment <= committed) {
            return;
          }
          if (entry instanceof WalEntry.WriteEntry write) {
            for (Tablet tablet : write.tablets()) {
              replayWrite(applier, segment, tablet);
            }
          } else if (entry instanceof WalEntry.DeleteEntry delete) {
            applier.applyDeletion(
                delete.deletion(), PathPattern.parse(delete.deletion().pathPattern()));
          }
        });
  }

  private static void replayWrite(RegionApplier applier, long segment, Tablet tablet) {
    try {
      applier.applyWrite(tablet);
    } catch (IllegalArgumentException e) {
      // The live path checks types before logging, so this only happens to a WAL written by a
      // build without that check; skipping the record keeps the rest of the log usable.
      LOG.warn(
          "Skipped a WAL record of segment {} for {}: {}",
          segment,
          tablet.device(),
          e.getMessage());
    }
  }
}
