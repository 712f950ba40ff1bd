package org.stratadb.storage.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine is configured with, immutable and passed to {@link StorageEngine}'s
 * constructor. The DataNode builds it from its configuration files; tests build it directly.
 *
 * @param dataDirs directories TsFiles are spread over (IoTDB's {@code dn_data_dirs})
 * @param walDir directory of the region WALs ({@code dn_wal_dirs}, first entry)
 * @param walMode {@code wal_mode}
 * @param walAsyncFsyncDelayMillis {@code wal_async_mode_fsync_delay_in_ms}
 * @param memtableFlushBytes a region freezes and flushes its memtables at this size
 * @param memoryBudgetBytes all memtables of all regions together stay under this size
 * @param writeRejectWaitMillis how long a write waits for memory before it is rejected
 * @param timePartitionIntervalMillis {@code time_partition_interval}
 * @param minFreeDiskRatio below this free fraction of a data dir the engine turns read-only
 * @param compactionThreads {@code compaction_thread_count}; 0 turns compaction off
 * @param compactionWriteBytesPerSecond throttle of compaction output; 0 means unthrottled
 */
public record StorageOptions(
    List<Path> dataDirs,
    Path walDir,
    WalMode walMode,
    long walAsyncFsyncDelayMillis,
    long memtableFlushBytes,
    long memoryBudgetBytes,
    long writeRejectWaitMillis,
    long timePartitionIntervalMillis,
    double minFreeDiskRatio,
    int compactionThreads,
    long compactionWriteBytesPerSecond) {

  public StorageOptions {
    dataDirs = List.copyOf(dataDirs);
    Objects.requireNonNull(walDir, "walDir");
    Objects.requireNonNull(walMode, "walMode");
    if (dataDirs.isEmpty()) {
      throw new IllegalArgumentException("at least one data directory is needed");
    }
    if (memtableFlushBytes <= 0 || memoryBudgetBytes < memtableFlushBytes) {
      throw new IllegalArgumentException(
          "memtable flush size must be positive and within the memory budget");
    }
    if (timePartitionIntervalMillis <= 0) {
      throw new IllegalArgumentException("time partition interval must be positive");
    }
  }

  /** Defaults for one data dir and WAL dir under {@code home}; for tests and tools. */
  public static StorageOptions defaults(Path home) {
    return new StorageOptions(
        List.of(home.resolve("data")),
        home.resolve("wal"),
        WalMode.ASYNC,
        1000,
        64L << 20,
        512L << 20,
        10_000,
        604_800_000L,
        0.05,
        1,
        16L << 20);
  }

  public StorageOptions withWalMode(WalMode mode) {
    return new StorageOptions(
        dataDirs,
        walDir,
        mode,
        walAsyncFsyncDelayMillis,
        memtableFlushBytes,
        memoryBudgetBytes,
        writeRejectWaitMillis,
        timePartitionIntervalMillis,
        minFreeDiskRatio,
        compactionThreads,
        compactionWriteBytesPerSecond);
  }

  public StorageOptions withCompaction(int threads, long writeBytesPerSecond) {
    return new StorageOptions(
        dataDirs,
        walDir,
        walMode,
        walAsyncFsyncDelayMillis,
        memtableFlushBytes,
        memoryBudgetBytes,
        writeRejectWaitMillis,
        timePartitionIntervalMillis,
        minFreeDiskRatio,
        threads,
        writeBytesPerSecond);
  }

  public StorageOptions withMemory(long flushBytes, long budgetBytes) {
    return new StorageOptions(
        dataDirs,
        walDir,
        walMode,
        walAsyncFsyncDelayMillis,
        flushBytes,
        budgetBytes,
        writeRejectWaitMillis,
        timePartitionIntervalMillis,
        minFreeDiskRatio,
        compactionThreads,
        compactionWriteBytesPerSecond);
  }
}
