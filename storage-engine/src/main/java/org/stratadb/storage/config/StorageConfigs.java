package org.stratadb.storage.config;

import static org.stratadb.storage.config.StorageConfigKeys.COMPACTION_THREAD_COUNT;
import static org.stratadb.storage.config.StorageConfigKeys.COMPACTION_WRITE_THROUGHPUT_MB_PER_SEC;
import static org.stratadb.storage.config.StorageConfigKeys.DISK_SPACE_WARNING_THRESHOLD;
import static org.stratadb.storage.config.StorageConfigKeys.MEMTABLE_MEMORY_PROPORTION;
import static org.stratadb.storage.config.StorageConfigKeys.MEMTABLE_REJECT_WAIT_IN_MS;
import static org.stratadb.storage.config.StorageConfigKeys.MEMTABLE_SIZE_THRESHOLD;
import static org.stratadb.storage.config.StorageConfigKeys.WAL_ASYNC_MODE_FSYNC_DELAY_IN_MS;
import static org.stratadb.storage.config.StorageConfigKeys.WAL_MODE;

import java.nio.file.Path;
import java.util.List;
import org.stratadb.commons.config.ConfigValues;
import org.stratadb.storage.api.StorageOptions;

/** Builds {@link StorageOptions} from loaded configuration. */
public final class StorageConfigs {

  private StorageConfigs() {}

  /**
   * @param dataDirs where TsFiles go (the DataNode's data directories, all tiers)
   * @param walDir where region WALs go
   * @param timePartitionInterval the cluster's time partition interval, in timestamp units
   * @param maxHeapBytes the heap the memtable budget is a proportion of
   */
  public static StorageOptions from(
      ConfigValues values,
      List<Path> dataDirs,
      Path walDir,
      long timePartitionInterval,
      long maxHeapBytes) {
    long flushBytes = values.get(MEMTABLE_SIZE_THRESHOLD);
    long budget = (long) (maxHeapBytes * values.get(MEMTABLE_MEMORY_PROPORTION));
    return new StorageOptions(
        dataDirs,
        walDir,
        values.get(WAL_MODE),
        values.get(WAL_ASYNC_MODE_FSYNC_DELAY_IN_MS),
        Math.min(flushBytes, budget),
        budget,
        values.get(MEMTABLE_REJECT_WAIT_IN_MS),
        timePartitionInterval,
        values.get(DISK_SPACE_WARNING_THRESHOLD),
        values.get(COMPACTION_THREAD_COUNT),
        values.get(COMPACTION_WRITE_THROUGHPUT_MB_PER_SEC) * (1L << 20));
  }
}
