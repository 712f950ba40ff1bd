package org.stratadb.storage.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.ReadOnlyException;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.testing.RegionFixtures;

class RegionLimitsTest {
  @TempDir Path home;

  @Test
  void aDataDirBelowTheFreeSpaceThresholdMakesWritesFailButReadsWork() throws Exception {
    StorageOptions normal = StorageOptions.defaults(home);
    try (StorageEngine engine = StorageEngine.open(normal)) {
      engine.openRegion("root.sg", 1).write(RegionFixtures.series("root.sg.d", "s", 0, 1, 2));
    }
    // No real disk is 99.9999% free, so this threshold always trips.
    StorageOptions strict =
        new StorageOptions(
            normal.dataDirs(),
            normal.walDir(),
            WalMode.ASYNC,
            1000,
            normal.memtableFlushBytes(),
            normal.memoryBudgetBytes(),
            1000,
            normal.timePartitionIntervalMillis(),
            0.999999,
            0,
            0);
    try (StorageEngine engine = StorageEngine.open(strict)) {
      DataRegion region = engine.openRegion("root.sg", 1);
      ReadOnlyException error =
          assertThrows(
              ReadOnlyException.class,
              () -> region.write(RegionFixtures.series("root.sg.d", "s", 0, 3)));
      assertTrue(error.getMessage().contains("free space"), error.getMessage());
      assertEquals(
          List.of(1L, 2L), RegionFixtures.keys(RegionFixtures.read(region, "root.sg.d", "s")));
    }
  }

  @Test
  void aWriterOverBudgetWaitsOnlyAsLongAsAllowed() throws Exception {
    MemoryBudget budget = new MemoryBudget(100);
    budget.add(150);
    assertTrue(budget.overLimit());
    long started = System.nanoTime();
    assertFalse(budget.awaitRoom(50));
    assertTrue(System.nanoTime() - started >= 50_000_000L, "returned before the wait was up");
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(20);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              budget.release(100);
            });
    releaser.start();
    assertTrue(budget.awaitRoom(10_000));
    releaser.join();
    assertEquals(50, budget.usedBytes());
  }
}
