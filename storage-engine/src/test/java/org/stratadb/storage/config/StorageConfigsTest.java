package org.stratadb.storage.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.config.ConfigException;
import org.stratadb.commons.config.ConfigLoader;
import org.stratadb.commons.config.ConfigOrigin;
import org.stratadb.commons.config.ConfigValues;
import org.stratadb.commons.config.NodeRole;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.WalMode;

class StorageConfigsTest {
  private static final Path HOME = Path.of("/srv/strata");

  private static ConfigValues load(Map<String, String> properties) {
    return ConfigLoader.forRole(NodeRole.DATA_NODE, StorageConfigKeys.ALL)
        .load(properties, ConfigOrigin.named("test properties"), HOME);
  }

  private static StorageOptions options(Map<String, String> properties) {
    return StorageConfigs.from(
        load(properties), List.of(HOME.resolve("data")), HOME.resolve("wal"), 1000, 1L << 30);
  }

  @Test
  void defaultsFollowIoTdbWhereItHasTheKey() {
    StorageOptions options = options(Map.of());
    assertEquals(WalMode.ASYNC, options.walMode());
    assertEquals(1000, options.walAsyncFsyncDelayMillis());
    assertEquals(0.05, options.minFreeDiskRatio());
    assertEquals(16L << 20, options.compactionWriteBytesPerSecond());
    assertEquals((long) ((1L << 30) * 0.3), options.memoryBudgetBytes());
  }

  @Test
  void valuesOverrideDefaultsAndTheFlushSizeStaysWithinTheBudget() {
    StorageOptions options =
        options(
            Map.of(
                "wal_mode", "SYNC",
                "memtable_size_threshold", Long.toString(1L << 40),
                "compaction_thread_count", "0"));
    assertEquals(WalMode.SYNC, options.walMode());
    assertEquals(options.memoryBudgetBytes(), options.memtableFlushBytes());
    assertEquals(0, options.compactionThreads());
  }

  @Test
  void anUnknownWalModeIsOneClearLine() {
    ConfigException error =
        assertThrows(ConfigException.class, () -> options(Map.of("wal_mode", "LAZY")));
    assertTrue(
        error.getMessage().contains("'LAZY' for wal_mode in test properties"), error.getMessage());
    assertTrue(error.getMessage().contains("DISABLE, ASYNC, SYNC"), error.getMessage());
  }

  @Test
  void aDiskThresholdOutsideItsRangeIsRefused() {
    ConfigException error =
        assertThrows(
            ConfigException.class, () -> options(Map.of("disk_space_warning_threshold", "1.5")));
    assertTrue(error.getMessage().contains("disk_space_warning_threshold"), error.getMessage());
  }
}
