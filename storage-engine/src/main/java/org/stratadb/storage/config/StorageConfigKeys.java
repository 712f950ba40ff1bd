package org.stratadb.storage.config;

import static org.stratadb.commons.config.ChangeMode.RESTART;

import java.util.List;
import org.stratadb.commons.config.ConfFileSpec;
import org.stratadb.commons.config.ConfigKey;
import org.stratadb.commons.config.ConfigTypes;
import org.stratadb.commons.config.Validators;
import org.stratadb.storage.api.WalMode;

/**
 * The storage engine's keys, shared settings of {@code iotdb-common.properties}. WAL, compaction
 * and disk keys carry IoTDB 1.3's names; the memtable keys are StrataDB's, since its memtables are
 * sized per region and against one budget rather than IoTDB's heap proportions.
 */
public final class StorageConfigKeys {

  public static final ConfigKey<WalMode> WAL_MODE =
      ConfigKey.builder("wal_mode", ConfigTypes.choice(WalMode.class))
          .defaultValue(WalMode.ASYNC)
          .doc(
              "DISABLE: no WAL; ASYNC: fsync in the background; SYNC: a write returns after fsync.")
          .changeMode(RESTART)
          .build();

  public static final ConfigKey<Long> WAL_ASYNC_MODE_FSYNC_DELAY_IN_MS =
      ConfigKey.builder("wal_async_mode_fsync_delay_in_ms", ConfigTypes.LONG)
          .defaultValue(1000L)
          .validator(Validators.positive())
          .doc("In ASYNC mode, milliseconds between two background fsyncs of the WAL.")
          .changeMode(RESTART)
          .build();

  public static final ConfigKey<Long> MEMTABLE_SIZE_THRESHOLD =
      ConfigKey.builder("memtable_size_threshold", ConfigTypes.LONG)
          .defaultValue(128L << 20)
          .validator(Validators.atLeast(1L << 20))
          .doc("Bytes at which a data region's memtables are frozen and flushed to TsFiles.")
          .changeMode(RESTART)
          .build();

  public static final ConfigKey<Double> MEMTABLE_MEMORY_PROPORTION =
      ConfigKey.builder("memtable_memory_proportion", ConfigTypes.DOUBLE)
          .defaultValue(0.3)
          .validator(Validators.of((Double p) -> p > 0 && p < 1, "in (0, 1)"))
          .doc(
              "Share of the DataNode heap all memtables may hold; over it, writes wait for flushes.")
          .changeMode(RESTART)
          .build();

  public static final ConfigKey<Long> MEMTABLE_REJECT_WAIT_IN_MS =
      ConfigKey.builder("memtable_reject_wait_in_ms", ConfigTypes.LONG)
          .defaultValue(10_000L)
          .validator(Validators.atLeast(0))
          .doc("How long a write waits for memtable memory before it is rejected.")
          .changeMode(RESTART)
          .build();

  public static final ConfigKey<Integer> COMPACTION_THREAD_COUNT =
      ConfigKey.builder("compaction_thread_count", ConfigTypes.INT)
          .defaultValue(2)
          .validator(Validators.between(0, 256))
          .doc("Threads that compact TsFiles in the background; 0 turns compaction off.")
          .changeMode(RESTART)
          .build();

  public static final ConfigKey<Integer> COMPACTION_WRITE_THROUGHPUT_MB_PER_SEC =
      ConfigKey.builder("compaction_write_throughput_mb_per_sec", ConfigTypes.INT)
          .defaultValue(16)
          .validator(Validators.atLeast(0))
          .doc("Upper bound of what compaction writes per second per region, in MB; 0 is no bound.")
          .changeMode(RESTART)
          .build();

  public static final ConfigKey<Double> DISK_SPACE_WARNING_THRESHOLD =
      ConfigKey.builder("disk_space_warning_threshold", ConfigTypes.DOUBLE)
          .defaultValue(0.05)
          .validator(Validators.of((Double r) -> r >= 0 && r < 1, "in [0, 1)"))
          .doc("Below this free fraction of a data directory the DataNode refuses writes.")
          .changeMode(RESTART)
          .build();

  /** The storage sections of the shipped {@code iotdb-common.properties}. */
  public static final List<ConfFileSpec.Section> SECTIONS =
      List.of(
          new ConfFileSpec.Section(
              "Write-ahead log", List.of(WAL_MODE, WAL_ASYNC_MODE_FSYNC_DELAY_IN_MS)),
          new ConfFileSpec.Section(
              "Memtables",
              List.of(
                  MEMTABLE_SIZE_THRESHOLD, MEMTABLE_MEMORY_PROPORTION, MEMTABLE_REJECT_WAIT_IN_MS)),
          new ConfFileSpec.Section(
              "Compaction",
              List.of(COMPACTION_THREAD_COUNT, COMPACTION_WRITE_THROUGHPUT_MB_PER_SEC)),
          new ConfFileSpec.Section("Disk", List.of(DISK_SPACE_WARNING_THRESHOLD)));

  public static final List<ConfigKey<?>> ALL =
      SECTIONS.stream().flatMap(s -> s.keys().stream()).toList();

  private StorageConfigKeys() {}
}
