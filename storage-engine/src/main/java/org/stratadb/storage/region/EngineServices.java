package org.stratadb.storage.region;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.compaction.CompactionLog;
import org.stratadb.storage.read.TsFileReaderCache;

/** What all regions of an engine share besides memory: open file readers, background threads. */
final class EngineServices implements AutoCloseable {
  private static final int OPEN_READERS = 1000;

  private final TsFileReaderCache readers = new TsFileReaderCache(OPEN_READERS);
  private final ScheduledExecutorService background;
  private final LongSupplier clock;

  EngineServices(StorageOptions options) {
    this(options, System::currentTimeMillis);
  }

  EngineServices(StorageOptions options, LongSupplier clock) {
    int threads = Math.max(1, options.compactionThreads());
    this.background =
        Executors.newScheduledThreadPool(
            threads, StorageEngineImpl.daemonThreads("storage-background"));
    this.clock = clock;
  }

  TsFileReaderCache readers() {
    return readers;
  }

  ScheduledExecutorService background() {
    return background;
  }

  long nowMillis() {
    return clock.getAsLong();
  }

  RegionRecovery.PartitionRecoveryHook partitionRecovery() {
    return CompactionLog::recover;
  }

  /** Called after every region stopped its maintenance, so nothing here is interrupted mid-I/O. */
  @Override
  public void close() {
    background.shutdown();
    try {
      background.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    readers.close();
  }
}
