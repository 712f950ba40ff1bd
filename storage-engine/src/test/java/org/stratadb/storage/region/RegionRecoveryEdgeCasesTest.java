package org.stratadb.storage.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.storage.testing.RegionFixtures.range;
import static org.stratadb.storage.testing.RegionFixtures.read;
import static org.stratadb.storage.testing.RegionFixtures.series;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.testing.RegionFixtures;
import org.stratadb.storage.wal.WalCodec;
import org.stratadb.storage.wal.WalEntry;
import org.stratadb.storage.wal.WalLog;

class RegionRecoveryEdgeCasesTest {
  private static final String DEVICE = "root.sg.d1";

  @TempDir Path home;
  @TempDir Path copies;
  private StorageEngine engine;

  @AfterEach
  void closeEngine() throws StorageException {
    if (engine != null) {
      engine.close();
    }
  }

  private DataRegion open() throws StorageException {
    engine = StorageEngine.open(StorageOptions.defaults(home));
    return engine.openRegion("root.sg", 1);
  }

  private static Object field(Object target, String name) throws Exception {
    Field f = target.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(target);
  }

  /**
   * The replayed generation spans several WAL segments; its commit unlinks them one by one. A kill
   * -9 after the first unlink leaves only the newest one: its files are then "uncommitted", get
   * deleted, and the data of the unlinked segment is gone.
   */
  @Test
  void aCrashBetweenSegmentUnlinksOfACommittedGenerationLosesNothing() throws Exception {
    Path walDir = home.resolve("wal").resolve("root.sg-1");
    WalLog wal = WalLog.open(walDir, WalMode.SYNC, 1000);
    wal.awaitDurable(
        wal.append(WalCodec.encode(new WalEntry.WriteEntry(List.of(series(DEVICE, "s1", 0, 1))))));
    wal.roll();
    wal.awaitDurable(
        wal.append(WalCodec.encode(new WalEntry.WriteEntry(List.of(series(DEVICE, "s1", 0, 2))))));
    wal.close();
    // what a crash during a flush leaves: two segments, no files
    List<Path> segments;
    try (Stream<Path> s = Files.list(walDir)) {
      segments = s.sorted().toList();
    }
    assertEquals(2, segments.size());
    byte[] newest = Files.readAllBytes(segments.get(1));

    DataRegion region = open();
    region.flush(); // the replayed generation is committed: files written, both segments unlinked
    assertEquals(List.of(1L, 2L), new ArrayList<>(read(region, DEVICE, "s1").keySet()));
    engine.close();
    engine = null;
    // the state a kill -9 between the two unlinks leaves: the older segment gone, the newer there
    Files.write(segments.get(1), newest);

    region = open();
    assertEquals(
        List.of(1L, 2L),
        new ArrayList<>(read(region, DEVICE, "s1").keySet()),
        "acknowledged write at t=1 lost");
  }

  /**
   * lastFlushed is rebuilt from sequence files only. A compaction that drops the deleted tail of
   * the newest sequence file lowers its end time, so after a restart a newer write at a time held
   * by an older unsequence file goes to the sequence space, and the older unsequence file wins.
   */
  @Test
  void theNewestWriteWinsAfterACompactionCutATailAndARestart() throws Exception {
    DataRegion region = open();
    DataRegionImpl impl = (DataRegionImpl) region;
    RegionMaintenance maintenance = (RegionMaintenance) field(impl, "maintenance");
    RegionCompactor compactor = (RegionCompactor) field(maintenance, "compactor");
    maintenance.pauseSchedule(); // no background rounds; compaction is driven by hand below
    for (int i = 0; i < 4; i++) {
      region.write(series(DEVICE, "s1", 0, range(i * 10, i * 10 + 10)));
      region.flush();
    }
    region.delete(new Deletion(DEVICE + ".s1", new TimeRange(35, 39)));
    assertTrue(compactor.compactOnce()); // INNER: target ends at 34
    assertEquals(1, region.stats().sequenceFiles());
    region.write(series(DEVICE, "s1", 1000, 37)); // 37 <= lastFlushed (39): unsequence
    region.flush();
    assertEquals(1037.0, read(region, DEVICE, "s1").get(37L));
    engine.close();

    region = open();
    ((RegionMaintenance) field(region, "maintenance")).pauseSchedule();
    region.write(series(DEVICE, "s1", 2000, 37)); // newest write; goes to sequence (37 > 34)
    assertEquals(2037.0, read(region, DEVICE, "s1").get(37L)); // from memory: right
    region.flush();
    assertEquals(2037.0, read(region, DEVICE, "s1").get(37L), "older unsequence value won");
  }

  /**
   * A region holding a sequence file of ~200 KB of incompressible doubles and an unsequence file,
   * with compaction throttled to 64 KB/s: the cross compaction it plans stays busy for seconds.
   */
  private DataRegionImpl openWithSlowCompaction(long seed) throws Exception {
    engine =
        StorageEngine.open(
            StorageOptions.defaults(home).withWalMode(WalMode.ASYNC).withCompaction(1, 64 << 10));
    DataRegionImpl region = (DataRegionImpl) engine.openRegion("root.sg", 1);
    long[] times = range(0, 30_000);
    double[] noise = new java.util.Random(seed).doubles(times.length).toArray();
    region.write(
        org.stratadb.storage.testing.RegionFixtures.doubles(
            DEVICE, false, List.of("s1"), times, new double[][] {noise}));
    region.flush();
    region.write(series(DEVICE, "s1", 100, 5));
    region.flush();
    return region;
  }

  /**
   * A deletion that reaches the sources while a compaction merges them must end up on the target,
   * durably, before the sources go: otherwise the deleted point returns after the swap or after a
   * restart that finishes the compaction.
   */
  @Test
  void aDeletionDuringCompactionHoldsOnTheTargetAndAfterRestart() throws Exception {
    DataRegionImpl region = openWithSlowCompaction(7);
    Thread compaction = new Thread(region::runMaintenance);
    compaction.start();
    Thread.sleep(300);
    assertTrue(compaction.isAlive(), "the compaction ended before the deletion");
    region.delete(new Deletion(DEVICE + ".s1", new TimeRange(3, 3)));
    compaction.join(60_000);
    assertEquals(1, region.stats().compactions());
    assertFalse(read(region, DEVICE, "s1").containsKey(3L), "deleted point back after swap");
    Path crashed = RegionFixtures.crashCopy(home, copies);
    engine.close();
    engine = null;
    home = crashed;
    assertFalse(read(open(), DEVICE, "s1").containsKey(3L), "deleted point back after restart");
  }

  @Test
  void closingARegionCancelsARunningCompactionAndKeepsItsSources() throws Exception {
    DataRegionImpl region = openWithSlowCompaction(11);
    TreeMap<Long, Double> before = read(region, DEVICE, "s1");
    Thread compaction = new Thread(region::runMaintenance);
    compaction.start();
    Thread.sleep(300);
    region.close();
    compaction.join(60_000);
    assertEquals(0, region.stats().compactions(), "the compaction ran to its end");
    try (Stream<Path> files = Files.walk(home)) {
      assertEquals(0, files.filter(f -> f.toString().endsWith(".compaction")).count());
    }
    DataRegion reopened = engine.openRegion("root.sg", 1);
    assertEquals(1, reopened.stats().unsequenceFiles());
    assertEquals(before, read(reopened, DEVICE, "s1"));
  }

  /** A closed region's memtable bytes stay reserved in the engine budget for good. */
  @Test
  void closingARegionReleasesTheMemoryOfMemtablesWhosePointsWereDeleted() throws Exception {
    DataRegion region = open();
    MemoryBudget budget = (MemoryBudget) field(engine, "budget");
    region.write(series(DEVICE, "s1", 0, range(0, 10_000)));
    region.delete(new Deletion(DEVICE + ".s1", new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE)));
    long before = budget.usedBytes();
    assertTrue(before > 0);
    region.close();
    assertEquals(0, budget.usedBytes(), "bytes still reserved after close");
  }

  @Test
  void aClosedRegionCanBeOpenedAgain() throws Exception {
    DataRegion region = open();
    region.close();
    DataRegion again = engine.openRegion("root.sg", 1);
    again.write(series(DEVICE, "s1", 0, 1));
  }

  @Test
  void aBatchWithConflictingTypesIsRefusedWholeBeforeItIsLogged() throws Exception {
    DataRegion region = open();
    Tablet a = series(DEVICE, "s1", 0, 1);
    Tablet b =
        new Tablet(
            DEVICE,
            false,
            new ColumnSpec[] {ColumnSpec.of("s1", TSDataType.INT64)},
            new long[] {2},
            new Object[] {new long[] {7}},
            null,
            1);
    assertThrows(StorageException.class, () -> region.write(List.of(a, b)));
    assertTrue(read(region, DEVICE, "s1").isEmpty(), "part of a refused batch was applied");
  }
}
