package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;
import org.stratadb.storage.testing.TestData;
import org.stratadb.storage.testing.TestTablets;
import org.stratadb.storage.testing.TrackedReaders;

class TsFileSeriesSourceTest {
  private static final String DEVICE = "root.sg.d1";

  @TempDir Path dir;
  private final TrackedReaders readers = new TrackedReaders();

  @AfterEach
  void noLeaks() {
    readers.assertNoLeaks();
  }

  static Stream<Arguments> layouts() {
    List<Arguments> out = new ArrayList<>();
    for (TSDataType type : TestTablets.TYPES) {
      out.add(Arguments.of(type, false));
      out.add(Arguments.of(type, true));
    }
    return out.stream();
  }

  /** Writes two chunk groups of the series: [0, 300) in pages of 100, [1000, 1050) in one page. */
  private Fixture write(TSDataType type, boolean aligned, Random random) throws IOException {
    Path file = dir.resolve(type + "-" + aligned + ".tsfile");
    NavigableMap<Long, Object> first = TestData.series(type, random, 0, 1, 300);
    NavigableMap<Long, Object> second = TestData.series(type, random, 1000, 1, 50);
    try (TsFileBuilder builder = new TsFileBuilder(file)) {
      if (aligned) {
        // A sibling measurement in the same chunk groups, with points at half of s1's times.
        NavigableMap<Long, Object> sibling = TestData.series(TSDataType.INT32, random, 0, 2, 150);
        List<String> names = List.of("s1", "s2");
        List<TSDataType> types = List.of(type, TSDataType.INT32);
        builder.aligned(DEVICE, names, types, List.of(first, sibling), 100);
        builder.aligned(DEVICE, names, types, List.of(second, new TreeMap<>()), 100);
      } else {
        builder.chunk(DEVICE, "s1", type, first, 100);
        builder.chunk(DEVICE, "s1", type, second, 100);
      }
    }
    NavigableMap<Long, Object> all = new TreeMap<>(first);
    all.putAll(second);
    return new Fixture(file, all);
  }

  private record Fixture(Path file, NavigableMap<Long, Object> points) {}

  private TsFileSeriesSource source(Fixture fixture, TSDataType type, Visibility visibility) {
    return new TsFileSeriesSource(
        readers.cache, fixture.file, 7, new SeriesKey(DEVICE, "s1", type), visibility);
  }

  @ParameterizedTest(name = "{0} aligned={1}")
  @MethodSource("layouts")
  void chunksPagesAndPointsOfEveryType(TSDataType type, boolean aligned) throws IOException {
    Fixture fixture = write(type, aligned, new Random(type.ordinal()));
    try (PieceCursor cursor = source(fixture, type, Visibility.ALL).open(TimeRange.ALL)) {
      Piece chunk = cursor.next();
      assertEquals(0, chunk.startTime());
      assertEquals(299, chunk.endTime());
      assertTrue(chunk.exact());
      assertEquals(300, chunk.statistics().getCount());
      List<Piece> pages = chunk.split();
      assertEquals(3, pages.size());
      assertEquals(100, pages.get(1).startTime());
      assertEquals(199, pages.get(1).endTime());
      assertEquals(100, pages.get(1).statistics().getCount());
      assertEquals(
          TestData.map(pages.get(2).load()), fixture.points.subMap(200L, true, 299L, true));
      assertEquals(TestData.map(chunk.load()), fixture.points.headMap(300L));

      Piece single = cursor.next();
      assertEquals(1000, single.startTime());
      assertTrue(single.split().isEmpty(), "a one-page chunk is atomic");
      assertEquals(TestData.map(single.load()), fixture.points.tailMap(1000L));
      assertNull(cursor.next());
    }
  }

  @ParameterizedTest(name = "{0} aligned={1}")
  @MethodSource("layouts")
  void rangeDeletionsAndTtlHidePoints(TSDataType type, boolean aligned) throws IOException {
    Fixture fixture = write(type, aligned, new Random(31 + type.ordinal()));
    List<TimeRange> deleted = List.of(new TimeRange(150, 160), new TimeRange(1040, 5000));
    Visibility visibility = Visibility.of(deleted, 20);
    NavigableMap<Long, Object> expected =
        new TreeMap<>(fixture.points.subMap(20L, true, 1020L, true));
    expected.keySet().removeIf(t -> (t >= 150 && t <= 160) || t >= 1040);

    try (PieceCursor cursor = source(fixture, type, visibility).open(new TimeRange(-100, 1020))) {
      Piece chunk = cursor.next();
      assertEquals(20, chunk.startTime(), "bounds tightened to the visible times");
      assertFalse(chunk.exact(), "cut by TTL and a deletion");
      List<Piece> pages = chunk.split();
      assertFalse(pages.get(0).exact(), "page 0 is cut by the TTL bound");
      assertFalse(pages.get(1).exact(), "page 1 is cut by the deletion");
      assertTrue(pages.get(2).exact(), "page 2 is untouched");
      Piece second = cursor.next();
      assertEquals(1020, second.endTime());
      assertFalse(second.exact());
      NavigableMap<Long, Object> read = TestData.map(chunk.load());
      read.putAll(TestData.map(second.load()));
      assertEquals(expected, read);
      assertNull(cursor.next());
    }
  }

  @Test
  void alignedBoundsFollowTheValuesNotTheRows() throws IOException {
    Path file = dir.resolve("sparse.tsfile");
    NavigableMap<Long, Object> s1 = new TreeMap<>();
    s1.put(50L, 5L);
    s1.put(160L, 16L);
    NavigableMap<Long, Object> s2 = TestData.series(TSDataType.INT64, new Random(1), 0, 10, 20);
    try (TsFileBuilder builder = new TsFileBuilder(file)) {
      builder.aligned(
          DEVICE,
          List.of("s1", "s2"),
          List.of(TSDataType.INT64, TSDataType.INT64),
          List.of(s1, s2),
          5);
    }
    SeriesKey key = new SeriesKey(DEVICE, "s1", TSDataType.INT64);
    TsFileSeriesSource source = new TsFileSeriesSource(readers.cache, file, 0, key, Visibility.ALL);
    try (PieceCursor cursor = source.open(TimeRange.ALL)) {
      Piece chunk = cursor.next();
      assertEquals(50, chunk.startTime());
      assertEquals(160, chunk.endTime());
      assertEquals(2, chunk.statistics().getCount());
      long pagesWithValues = chunk.split().size();
      assertEquals(2, pagesWithValues, "pages where s1 is all null are left out");
      assertEquals(s1, TestData.map(chunk.load()));
    }
  }

  @Test
  void absentSeriesDeviceOrTypeGiveNothing() throws IOException {
    Fixture fixture = write(TSDataType.INT64, false, new Random(5));
    List<SeriesKey> absent =
        List.of(
            new SeriesKey(DEVICE, "nope", TSDataType.INT64),
            new SeriesKey("root.sg.other", "s1", TSDataType.INT64),
            new SeriesKey("root.elsewhere.d9", "s1", TSDataType.INT64),
            new SeriesKey(DEVICE, "s1", TSDataType.DOUBLE));
    for (SeriesKey key : absent) {
      TsFileSeriesSource source =
          new TsFileSeriesSource(readers.cache, fixture.file, 0, key, Visibility.ALL);
      try (PieceCursor cursor = source.open(TimeRange.ALL)) {
        assertNull(cursor.next(), key.toString());
      }
    }
    assertEquals(0, readers.cache.leasesInUse());
  }

  @Test
  void memorySourceMasksItsColumn() throws IOException {
    NavigableMap<Long, Object> points = TestData.series(TSDataType.DOUBLE, new Random(2), 0, 1, 50);
    SortedColumn column = TestData.column(TSDataType.DOUBLE, points);
    MemorySeriesSource whole = new MemorySeriesSource(column, 1);
    Piece piece = whole.open(TimeRange.ALL).next();
    assertTrue(piece.load() == column, "an untouched column is passed as is");
    assertNull(piece.statistics());

    Visibility visibility = Visibility.of(List.of(new TimeRange(10, 19)), 5);
    MemorySeriesSource masked = new MemorySeriesSource(column, 1, visibility);
    NavigableMap<Long, Object> expected = new TreeMap<>(points.subMap(5L, true, 40L, true));
    expected.keySet().removeIf(t -> t >= 10 && t <= 19);
    assertEquals(expected, TestData.map(masked.open(new TimeRange(0, 40)).next().load()));
    assertNull(masked.open(new TimeRange(10, 19)).next());
  }
}
