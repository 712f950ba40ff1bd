package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.api.ValueFilter;
import org.stratadb.storage.api.ValueFilter.Op;
import org.stratadb.storage.testing.Seeds;
import org.stratadb.storage.testing.TestData;
import org.stratadb.storage.testing.TestTablets;
import org.stratadb.storage.testing.TrackedReaders;

class DeviceScanTest {
  private static final String DEVICE = "root.sg.d1";

  @TempDir Path dir;
  private final TrackedReaders readers = new TrackedReaders();

  @AfterEach
  void noLeaks() {
    readers.assertNoLeaks();
  }

  private static SeriesScan scan(
      List<String> names, List<TSDataType> types, TimeRange range, ValueFilter filter, int rows) {
    return new SeriesScan(DEVICE, false, names, types, range, filter, rows);
  }

  private static List<String> names(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add("s" + i);
    }
    return names;
  }

  private TsFileSeriesSource file(Path file, String measurement, TSDataType type, long priority) {
    return new TsFileSeriesSource(
        readers.cache, file, priority, new SeriesKey(DEVICE, measurement, type), Visibility.ALL);
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void everyTypeComesBackAsWritten(boolean aligned) throws IOException {
    Random random = new Random(aligned ? 11 : 12);
    List<TSDataType> types = TestTablets.TYPES;
    List<String> names = names(types.size());
    List<NavigableMap<Long, Object>> columns = new ArrayList<>();
    for (TSDataType type : types) {
      columns.add(TestData.randomSeries(type, random, 0, 2000, 700));
    }
    Path path = dir.resolve("all.tsfile");
    try (TsFileBuilder builder = new TsFileBuilder(path)) {
      if (aligned) {
        builder.aligned(DEVICE, names, types, columns, 64);
      } else {
        for (int c = 0; c < types.size(); c++) {
          builder.chunk(DEVICE, names.get(c), types.get(c), columns.get(c), 64);
        }
      }
    }
    List<List<SeriesSource>> sources = new ArrayList<>();
    for (int c = 0; c < types.size(); c++) {
      sources.add(List.of(file(path, names.get(c), types.get(c), 0)));
    }
    SeriesScan scan = scan(names, types, TimeRange.ALL, null, 100);
    assertEquals(
        ScanModel.expected(columns, types, null),
        ScanModel.read(DeviceScan.open(scan, sources), 100));
  }

  @Test
  void measurementsAreOuterJoinedAndMissingOnesAreNull() throws IOException {
    Random random = new Random(3);
    NavigableMap<Long, Object> s0File = TestData.series(TSDataType.INT64, random, 0, 3, 200);
    NavigableMap<Long, Object> s0Memory = TestData.series(TSDataType.INT64, random, 500, 1, 300);
    NavigableMap<Long, Object> s1 = TestData.series(TSDataType.DOUBLE, random, 1, 5, 200);
    Path path = dir.resolve("f.tsfile");
    try (TsFileBuilder builder = new TsFileBuilder(path)) {
      builder.chunk(DEVICE, "s0", TSDataType.INT64, s0File, 50);
    }
    List<TSDataType> types =
        List.of(TSDataType.INT64, TSDataType.DOUBLE, TSDataType.TEXT, TSDataType.INT32);
    List<List<SeriesSource>> sources =
        List.of(
            List.of(
                file(path, "s0", TSDataType.INT64, 1),
                new MemorySeriesSource(TestData.column(TSDataType.INT64, s0Memory), 2)),
            List.of(new MemorySeriesSource(TestData.column(TSDataType.DOUBLE, s1), 2)),
            List.of(),
            List.of(file(path, "s3", TSDataType.INT32, 1)));
    NavigableMap<Long, Object> s0 = new TreeMap<>(s0File);
    s0.putAll(s0Memory);
    List<NavigableMap<Long, Object>> columns = List.of(s0, s1, new TreeMap<>(), new TreeMap<>());
    TimeRange range = new TimeRange(100, 700);
    SeriesScan scan = scan(names(4), types, range, null, 64);
    NavigableMap<Long, List<Object>> expected =
        ScanModel.expected(columns, types, null).subMap(100L, true, 700L, true);
    assertEquals(expected, ScanModel.read(DeviceScan.open(scan, sources), 64));
  }

  @Test
  void filtersKeepOnlyRowsWhereTheyAreTrue() throws IOException {
    long seed = Seeds.seed("scan.seed");
    Random random = new Random(seed);
    List<TSDataType> types =
        List.of(TSDataType.INT32, TSDataType.FLOAT, TSDataType.STRING, TSDataType.BOOLEAN);
    List<NavigableMap<Long, Object>> columns = new ArrayList<>();
    List<List<SeriesSource>> sources = new ArrayList<>();
    for (TSDataType type : types) {
      NavigableMap<Long, Object> points = TestData.randomSeries(type, random, 0, 3000, 1500);
      columns.add(points);
      sources.add(List.of(new MemorySeriesSource(TestData.column(type, points), 0)));
    }
    ValueFilter intGt = new ValueFilter.Compare(0, Op.GT, 100);
    ValueFilter floatLe = new ValueFilter.Compare(1, Op.LE, 0.5);
    ValueFilter text = new ValueFilter.Compare(2, Op.GE, TestData.binary("v5"));
    ValueFilter bool = new ValueFilter.Compare(3, Op.EQ, true);
    List<ValueFilter> filters =
        List.of(
            intGt,
            new ValueFilter.Compare(0, Op.EQ, 7),
            new ValueFilter.Compare(0, Op.NE, 7),
            new ValueFilter.Compare(0, Op.LT, -3.5),
            floatLe,
            new ValueFilter.Compare(1, Op.GE, 12.125f),
            text,
            new ValueFilter.Compare(2, Op.LT, "v3"),
            bool,
            new ValueFilter.And(intGt, floatLe),
            new ValueFilter.Or(intGt, text),
            new ValueFilter.Not(bool),
            new ValueFilter.Not(new ValueFilter.Or(intGt, new ValueFilter.Not(text))),
            new ValueFilter.And(new ValueFilter.Or(floatLe, bool), new ValueFilter.Not(intGt)));
    for (ValueFilter filter : filters) {
      SeriesScan scan = scan(names(4), types, new TimeRange(200, 2800), filter, 50);
      NavigableMap<Long, List<Object>> expected =
          ScanModel.expected(columns, types, filter).subMap(200L, true, 2800L, true);
      assertEquals(
          expected, ScanModel.read(DeviceScan.open(scan, sources), 50), filter + ", seed " + seed);
    }
  }

  @Test
  void blocksHoldAtMostTheLimitAndNeverNone() throws IOException {
    NavigableMap<Long, Object> points =
        TestData.series(TSDataType.INT64, new Random(9), 0, 1, 1000);
    List<List<SeriesSource>> sources =
        List.of(List.of(new MemorySeriesSource(TestData.column(TSDataType.INT64, points), 0)));
    // Keeps about one row in ten, so many windows of 7 rows hold no kept row at all.
    ValueFilter filter = new ValueFilter.Compare(0, Op.GT, 800_000L);
    List<TSDataType> types = List.of(TSDataType.INT64);
    SeriesScan scan = scan(names(1), types, TimeRange.ALL, filter, 7);
    NavigableMap<Long, List<Object>> read = ScanModel.read(DeviceScan.open(scan, sources), 7);
    assertEquals(ScanModel.expected(List.of(points), types, filter), read);
    assertTrue(read.size() > 7);
  }

  @Test
  void statisticsSkipPiecesTheFilterRulesOut() throws IOException {
    Path path = dir.resolve("ranges.tsfile");
    NavigableMap<Long, Object> low = new TreeMap<>();
    NavigableMap<Long, Object> high = new TreeMap<>();
    for (long t = 0; t < 500; t++) {
      low.put(t, t % 100);
      high.put(1000 + t, 5000 + t);
    }
    try (TsFileBuilder builder = new TsFileBuilder(path)) {
      builder.chunk(DEVICE, "s0", TSDataType.INT64, low, 100);
      builder.chunk(DEVICE, "s0", TSDataType.INT64, high, 100);
    }
    NavigableMap<Long, Object> other = TestData.series(TSDataType.INT32, new Random(4), 0, 1, 1500);
    List<TSDataType> types = List.of(TSDataType.INT64, TSDataType.INT32);
    List<List<SeriesSource>> sources =
        List.of(
            List.of(file(path, "s0", TSDataType.INT64, 0)),
            List.of(new MemorySeriesSource(TestData.column(TSDataType.INT32, other), 0)));
    ValueFilter filter = new ValueFilter.Compare(0, Op.GE, 5300L);
    SeriesScan scan = scan(names(2), types, TimeRange.ALL, filter, 1000);
    DeviceScan deviceScan = DeviceScan.open(scan, sources);
    NavigableMap<Long, List<Object>> read = ScanModel.read(deviceScan, 1000);
    assertEquals(ScanModel.expected(List.of(low, other), types, filter), read.headMap(1000L));
    assertEquals(ScanModel.expected(List.of(high, other), types, filter), read);
    // The low chunk and the first three pages of the high chunk are never decoded.
    assertEquals(4, deviceScan.piecesSkipped());
    assertEquals(3, deviceScan.piecesLoaded(), "two pages of s0 and the memtable column of s1");
  }

  @Test
  void deletionsAndTtlHideRows() throws IOException {
    Path path = dir.resolve("d.tsfile");
    NavigableMap<Long, Object> s0 = TestData.series(TSDataType.FLOAT, new Random(6), 0, 1, 400);
    try (TsFileBuilder builder = new TsFileBuilder(path)) {
      builder.chunk(DEVICE, "s0", TSDataType.FLOAT, s0, 64);
    }
    NavigableMap<Long, Object> s1 = TestData.series(TSDataType.BOOLEAN, new Random(7), 0, 2, 300);
    Visibility visibility = Visibility.of(List.of(new TimeRange(100, 199)), 30);
    SeriesKey key = new SeriesKey(DEVICE, "s0", TSDataType.FLOAT);
    List<List<SeriesSource>> sources =
        List.of(
            List.of(new TsFileSeriesSource(readers.cache, path, 0, key, visibility)),
            List.of(
                new MemorySeriesSource(
                    TestData.column(TSDataType.BOOLEAN, s1), 0, Visibility.of(List.of(), 30))));
    NavigableMap<Long, Object> visible0 = new TreeMap<>(s0.tailMap(30L, true));
    visible0.keySet().removeIf(t -> t >= 100 && t <= 199);
    List<TSDataType> types = List.of(TSDataType.FLOAT, TSDataType.BOOLEAN);
    SeriesScan scan = scan(names(2), types, TimeRange.ALL, null, 128);
    assertEquals(
        ScanModel.expected(List.of(visible0, s1.tailMap(30L, true)), types, null),
        ScanModel.read(DeviceScan.open(scan, sources), 128));
  }

  @Test
  void readsOnlyWhatTheBlocksAskedForNeed() throws IOException {
    Path path = dir.resolve("big.tsfile");
    try (TsFileBuilder builder = new TsFileBuilder(path)) {
      for (int chunk = 0; chunk < 20; chunk++) {
        builder.chunk(
            DEVICE,
            "s0",
            TSDataType.INT64,
            TestData.series(TSDataType.INT64, new Random(chunk), chunk * 1000L, 1, 1000),
            250);
      }
    }
    SeriesScan scan = scan(names(1), List.of(TSDataType.INT64), TimeRange.ALL, null, 100);
    try (DeviceScan deviceScan =
        DeviceScan.open(scan, List.of(List.of(file(path, "s0", TSDataType.INT64, 0))))) {
      assertEquals(100, deviceScan.next().getPositionCount());
      assertEquals(100, deviceScan.next().getPositionCount());
      assertEquals(1, deviceScan.piecesLoaded(), "one chunk decoded for two blocks");
      assertEquals(1, readers.cache.leasesInUse());
    }
  }

  @Test
  void randomSourcesScanAsTheModelSays() throws IOException {
    long seed = Seeds.seed("scan.random.seed");
    Random random = new Random(seed);
    for (int round = 0; round < 25; round++) {
      RandomScenario a = RandomScenario.create(random, dir.resolve("a" + round), readers.cache);
      RandomScenario b = RandomScenario.create(random, dir.resolve("b" + round), readers.cache);
      List<TSDataType> types = List.of(a.type, b.type);
      ValueFilter filter = null;
      if (random.nextBoolean() && !a.visible.isEmpty()) {
        Object pivot =
            a.visible.values().stream().skip(random.nextInt(a.visible.size())).findFirst().get();
        Op op = Op.values()[random.nextInt(Op.values().length)];
        filter = new ValueFilter.Compare(0, op, pivot);
      }
      long start = random.nextInt(8000) - 500;
      TimeRange range = new TimeRange(start, start + random.nextInt(6000));
      int rows = 1 + random.nextInt(300);
      SeriesScan scan = scan(names(2), types, range, filter, rows);
      NavigableMap<Long, List<Object>> expected =
          ScanModel.expected(List.of(a.visible, b.visible), types, filter)
              .subMap(range.start(), true, range.end(), true);
      assertEquals(
          expected,
          ScanModel.read(DeviceScan.open(scan, List.of(a.sources, b.sources)), rows),
          "round " + round + ", seed " + seed);
    }
  }

  @Test
  void badFiltersAreRefused() {
    List<List<SeriesSource>> sources = List.of(List.of());
    List<TSDataType> types = List.of(TSDataType.INT32);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DeviceScan.open(
                scan(names(1), types, TimeRange.ALL, new ValueFilter.Compare(1, Op.EQ, 1), 10),
                sources));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DeviceScan.open(
                scan(names(1), types, TimeRange.ALL, new ValueFilter.Compare(0, Op.EQ, "x"), 10),
                sources));
  }
}
