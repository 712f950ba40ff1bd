package org.stratadb.storage.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.storage.testing.RegionFixtures.range;
import static org.stratadb.storage.testing.RegionFixtures.read;
import static org.stratadb.storage.testing.RegionFixtures.series;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.testing.RegionFixtures;
import org.stratadb.storage.testing.TsFileContents;

class DataRegionTest {
  private static final String DEVICE = "root.sg.d1";

  @TempDir Path home;
  @TempDir Path crashCopies;
  private StorageEngine engine;

  @AfterEach
  void closeEngine() throws StorageException {
    if (engine != null) {
      engine.close();
    }
  }

  private DataRegion open(StorageOptions options) throws StorageException {
    engine = StorageEngine.open(options);
    return engine.openRegion("root.sg", 1);
  }

  private DataRegion reopen(StorageOptions options) throws StorageException {
    engine.close();
    return open(options);
  }

  /** Opens a copy of the files as a {@code kill -9} now would leave them; the engine is closed. */
  private DataRegion crashAndReopen(WalMode mode) throws IOException, StorageException {
    Path crashed = RegionFixtures.crashCopy(home, crashCopies);
    engine.close();
    engine = null;
    home = crashed;
    return open(options(mode));
  }

  private StorageOptions options(WalMode mode) {
    return StorageOptions.defaults(home).withWalMode(mode);
  }

  @ParameterizedTest
  @EnumSource(WalMode.class)
  void writesAreReadBackFromMemoryFilesAndAfterRestart(WalMode mode) throws Exception {
    DataRegion region = open(options(mode));
    region.write(series(DEVICE, "s1", 0.5, range(0, 1000)));
    assertEquals(1000, read(region, DEVICE, "s1").size());
    region.flush();
    region.write(series(DEVICE, "s1", 0.5, range(1000, 1500)));
    TreeMap<Long, Double> before = read(region, DEVICE, "s1");
    assertEquals(1500, before.size());
    assertEquals(1499.5, before.get(1499L));
    region = reopen(options(mode));
    assertEquals(before, read(region, DEVICE, "s1"));
    assertEquals(0, region.stats().unsequenceFiles());
  }

  @Test
  void aLaterWriteAtAnEarlierTimeGoesToUnsequenceAndWins() throws Exception {
    DataRegion region = open(options(WalMode.ASYNC));
    region.write(series(DEVICE, "s1", 0, range(100, 200)));
    region.flush();
    region.write(series(DEVICE, "s1", 1000, 150, 160, 50));
    TreeMap<Long, Double> points = read(region, DEVICE, "s1");
    assertEquals(1150.0, points.get(150L));
    assertEquals(1050.0, points.get(50L));
    assertEquals(170.0, points.get(170L));
    region.flush();
    assertEquals(1, region.stats().unsequenceFiles());
    assertEquals(points, read(region, DEVICE, "s1"));
    region = reopen(options(WalMode.ASYNC));
    assertEquals(points, read(region, DEVICE, "s1"));
  }

  @Test
  void aCrashBeforeAnyFlushIsRecoveredFromTheWal() throws Exception {
    DataRegion region = open(options(WalMode.SYNC));
    region.write(series(DEVICE, "s1", 0, range(0, 500)));
    region.write(series(DEVICE, "s2", 7, range(0, 10)));
    region.delete(new Deletion(DEVICE + ".s1", new TimeRange(100, 199)));
    region.write(series(DEVICE, "s1", 3, 150));
    TreeMap<Long, Double> expected = read(region, DEVICE, "s1");
    DataRegion recovered = crashAndReopen(WalMode.SYNC);
    assertEquals(expected, read(recovered, DEVICE, "s1"));
    assertEquals(401, expected.size());
    assertEquals(153.0, expected.get(150L));
    assertEquals(10, read(recovered, DEVICE, "s2").size());
  }

  @Test
  void aCrashBetweenFlushesKeepsFlushedAndLoggedData() throws Exception {
    DataRegion region = open(options(WalMode.ASYNC));
    region.write(series(DEVICE, "s1", 0, range(0, 300)));
    region.flush();
    region.write(series(DEVICE, "s1", 1, range(200, 400)));
    TreeMap<Long, Double> expected = read(region, DEVICE, "s1");
    DataRegion recovered = crashAndReopen(WalMode.ASYNC);
    assertEquals(expected, read(recovered, DEVICE, "s1"));
    assertEquals(400, expected.size());
  }

  @Test
  void deletionsHideDataInMemoryInFilesAndAfterRestart() throws Exception {
    DataRegion region = open(options(WalMode.ASYNC));
    region.write(series(DEVICE, "s1", 0, range(0, 100)));
    region.write(series("root.sg.d2", "s1", 0, range(0, 100)));
    region.flush();
    region.write(series(DEVICE, "s1", 0, range(100, 200)));
    region.delete(new Deletion("root.sg.*.s1", new TimeRange(50, 149)));
    assertEquals(100, read(region, DEVICE, "s1").size());
    assertEquals(50, read(region, "root.sg.d2", "s1").size());
    region.flush();
    assertEquals(100, read(region, DEVICE, "s1").size());
    region = reopen(options(WalMode.ASYNC));
    TreeMap<Long, Double> points = read(region, DEVICE, "s1");
    assertEquals(100, points.size());
    assertTrue(points.headMap(50L).size() == 50 && points.tailMap(150L).size() == 50);
  }

  @Test
  void deletionsOfAlignedSeriesHoldInMemoryAndInFiles() throws Exception {
    DataRegion region = open(options(WalMode.ASYNC));
    long[] times = range(0, 100);
    double[][] values = new double[2][100];
    region.write(RegionFixtures.doubles(DEVICE, true, List.of("s0", "s1"), times, values));
    region.delete(new Deletion(DEVICE + ".s0", new TimeRange(0, 9)));
    assertEquals(90, read(region, DEVICE, "s0").size(), "memtable");
    region.flush();
    assertEquals(90, read(region, DEVICE, "s0").size(), "flushed memtable");
    region.delete(new Deletion(DEVICE + ".s0", new TimeRange(10, 19)));
    assertEquals(80, read(region, DEVICE, "s0").size(), "file with mods");
    assertEquals(100, read(region, DEVICE, "s1").size());
    region = reopen(options(WalMode.ASYNC));
    assertEquals(80, read(region, DEVICE, "s0").size(), "after restart");
  }

  @Test
  void ttlHidesExpiredPointsAtOnce() throws Exception {
    DataRegion region = open(options(WalMode.ASYNC));
    long now = System.currentTimeMillis();
    region.write(series(DEVICE, "s1", 0, now - 100_000, now - 50_000, now - 10));
    region.flush();
    region.setTtl("root.sg.**", 60_000);
    assertEquals(List.of(now - 50_000, now - 10), RegionFixtures.keys(read(region, DEVICE, "s1")));
    region = reopen(options(WalMode.ASYNC));
    assertEquals(2, read(region, DEVICE, "s1").size());
  }

  @Test
  void aggregationsAndLastSeeMemtablesFilesAndDeletions() throws Exception {
    DataRegion region = open(options(WalMode.ASYNC));
    region.write(series(DEVICE, "s1", 0, range(0, 100)));
    region.flush();
    region.write(series(DEVICE, "s1", 0, range(100, 200)));
    region.delete(new Deletion(DEVICE + ".s1", new TimeRange(190, 199)));
    List<AggregationRow> rows =
        region.aggregate(
            AggregationQuery.whole(
                DEVICE,
                false,
                "s1",
                TSDataType.DOUBLE,
                List.of(AggregationKind.COUNT, AggregationKind.SUM, AggregationKind.MAX_TIME),
                TimeRange.ALL));
    assertEquals(190L, rows.get(0).value(0));
    assertEquals(189 * 190 / 2.0, (Double) rows.get(0).value(1), 1e-9);
    assertEquals(189L, rows.get(0).value(2));
    Optional<LastPoint> last = region.last(DEVICE, "s1", TSDataType.DOUBLE);
    assertEquals(new LastPoint(189, 189.0), last.orElseThrow());
    region.write(series(DEVICE, "s1", 0, 500));
    assertEquals(new LastPoint(500, 500.0), region.last(DEVICE, "s1", TSDataType.DOUBLE).get());
  }

  @Test
  void aWriteOfAnotherTypeIsRefusedBeforeItIsLogged() throws Exception {
    DataRegion region = open(options(WalMode.ASYNC));
    region.write(series(DEVICE, "s1", 0, range(0, 10)));
    Tablet ints =
        new Tablet(
            DEVICE,
            false,
            new ColumnSpec[] {ColumnSpec.of("s1", TSDataType.INT32)},
            new long[] {20},
            new Object[] {new int[] {1}},
            null,
            1);
    StorageException error = assertThrows(StorageException.class, () -> region.write(ints));
    assertTrue(error.getMessage().contains("DOUBLE"), error.getMessage());
    DataRegion reopened = reopen(options(WalMode.ASYNC));
    assertEquals(10, read(reopened, DEVICE, "s1").size());
  }

  @Test
  void memtablesFlushByThemselvesAtTheirSizeThreshold() throws Exception {
    DataRegion region = open(options(WalMode.ASYNC).withMemory(64 << 10, 1 << 20));
    for (int batch = 0; batch < 20; batch++) {
      region.write(series(DEVICE, "s1", 0, range(batch * 2000L, (batch + 1) * 2000L)));
    }
    region.flush();
    assertTrue(region.stats().flushes() > 2, region.stats().toString());
    assertEquals(40_000, read(region, DEVICE, "s1").size());
    assertEquals(0, region.stats().memtableBytes());
  }

  @Test
  void compactionMergesFilesWithoutChangingWhatReadsReturn() throws Exception {
    DataRegionImpl region = (DataRegionImpl) open(options(WalMode.ASYNC));
    for (int file = 0; file < 5; file++) {
      region.write(series(DEVICE, "s1", file, range(file * 100L, file * 100L + 100)));
      region.flush();
    }
    region.write(series(DEVICE, "s1", 7000, 50, 150, 250));
    region.flush();
    region.delete(new Deletion(DEVICE + ".s1", new TimeRange(300, 349)));
    TreeMap<Long, Double> before = read(region, DEVICE, "s1");
    assertEquals(5, region.stats().sequenceFiles());
    assertEquals(1, region.stats().unsequenceFiles());

    region.runMaintenance();
    assertTrue(region.stats().compactions() >= 1, region.stats().toString());
    assertEquals(1, region.stats().sequenceFiles());
    assertEquals(0, region.stats().unsequenceFiles());
    assertEquals(before, read(region, DEVICE, "s1"));
    assertEquals(7050.0, before.get(50L));

    DataRegion reopened = reopen(options(WalMode.ASYNC));
    assertEquals(before, read(reopened, DEVICE, "s1"));
    try (Stream<Path> files = Files.walk(home)) {
      assertEquals(
          0, files.filter(f -> f.toString().endsWith(".compaction")).count(), "unfinished logs");
    }
  }

  @Test
  void compactingUntouchedChunksCopiesThemAndTheDataDoesNotGrow() throws Exception {
    DataRegionImpl region = (DataRegionImpl) open(options(WalMode.ASYNC));
    java.util.Random random = new java.util.Random(3);
    double walk = 0;
    for (int file = 0; file < 4; file++) {
      long[] times = range(file * 20_000L, (file + 1) * 20_000L);
      double[] values = new double[times.length];
      for (int i = 0; i < values.length; i++) {
        walk += random.nextDouble() - 0.5;
        values[i] = walk;
      }
      region.write(
          RegionFixtures.doubles(DEVICE, false, List.of("s1"), times, new double[][] {values}));
      region.flush();
    }
    TreeMap<Long, Double> before = read(region, DEVICE, "s1");
    long bytesBefore = tsFileBytes();
    region.runMaintenance();
    assertEquals(1, region.stats().sequenceFiles());
    assertEquals(before, read(region, DEVICE, "s1"));
    assertTrue(
        tsFileBytes() <= bytesBefore,
        "compaction grew " + bytesBefore + " bytes to " + tsFileBytes());
    // Copied chunks keep their bounds; merging would have written the 80,000 points as one chunk.
    Path target;
    try (Stream<Path> files = Files.walk(home)) {
      target = files.filter(f -> f.toString().endsWith(".tsfile")).findFirst().orElseThrow();
    }
    assertEquals(4, TsFileContents.read(target).chunks);
  }

  private long tsFileBytes() throws IOException {
    try (Stream<Path> files = Files.walk(home)) {
      return files
          .filter(f -> f.toString().endsWith(".tsfile"))
          .mapToLong(f -> f.toFile().length())
          .sum();
    }
  }

  @Test
  void filesWhollyPastTheirTtlAreRemoved() throws Exception {
    DataRegionImpl region = (DataRegionImpl) open(options(WalMode.ASYNC));
    long now = System.currentTimeMillis();
    region.write(series(DEVICE, "s1", 0, now - 500_000, now - 400_000));
    region.flush();
    region.write(series(DEVICE, "s1", 0, now - 10));
    region.flush();
    region.setTtl("root.sg.**", 60_000);
    region.runMaintenance();
    assertEquals(1, region.stats().sequenceFiles() + region.stats().unsequenceFiles());
    assertEquals(List.of(now - 10), RegionFixtures.keys(read(region, DEVICE, "s1")));
  }
}
