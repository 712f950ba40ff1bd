package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.testing.Seeds;
import org.stratadb.storage.testing.TestData;
import org.stratadb.storage.testing.TrackedReaders;

class AggregatorTest {
  private static final String DEVICE = "root.sg.d1";
  private static final List<AggregationKind> NUMERIC = List.of(AggregationKind.values());

  @TempDir Path dir;
  private final TrackedReaders readers = new TrackedReaders();

  @AfterEach
  void noLeaks() {
    readers.assertNoLeaks();
  }

  /** Chunks [0, 999] and [1000, 1999] of INT64 values, pages of 100 points. */
  private Path twoChunks(boolean aligned, NavigableMap<Long, Object> points) throws IOException {
    Path path = dir.resolve("seq-" + aligned + ".tsfile");
    try (TsFileBuilder builder = new TsFileBuilder(path)) {
      for (NavigableMap<Long, Object> chunk :
          List.of(points.headMap(1000L, false), points.tailMap(1000L, true))) {
        if (aligned) {
          builder.aligned(DEVICE, List.of("s1"), List.of(TSDataType.INT64), List.of(chunk), 100);
        } else {
          builder.chunk(DEVICE, "s1", TSDataType.INT64, chunk, 100);
        }
      }
    }
    return path;
  }

  private Aggregator run(
      AggregationQuery query, List<SeriesSource> sources, NavigableMap<Long, Object> visible)
      throws IOException {
    Aggregator aggregator = new Aggregator(query);
    List<AggregationRow> rows = aggregator.aggregate(sources);
    AggregationModel.assertRows(AggregationModel.expected(query, visible), rows, query.toString());
    return aggregator;
  }

  private static AggregationQuery query(TimeRange range, long interval, long step) {
    return new AggregationQuery(
        DEVICE, false, "s1", TSDataType.INT64, NUMERIC, range, interval, step);
  }

  private TsFileSeriesSource source(Path path, Visibility visibility) {
    return new TsFileSeriesSource(
        readers.cache, path, 1, new SeriesKey(DEVICE, "s1", TSDataType.INT64), visibility);
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void statisticsAnswerWhatWindowsHoldWhole(boolean aligned) throws IOException {
    NavigableMap<Long, Object> points =
        TestData.series(TSDataType.INT64, new Random(1), 0, 1, 2000);
    Path path = twoChunks(aligned, points);
    List<SeriesSource> sources = List.of(source(path, Visibility.ALL));

    Aggregator whole = run(query(TimeRange.ALL, 0, 0), sources, points);
    assertEquals(2, whole.piecesFromStatistics());
    assertEquals(0, whole.piecesDecoded());

    Aggregator byChunk = run(query(new TimeRange(0, 1999), 1000, 1000), sources, points);
    assertEquals(2, byChunk.piecesFromStatistics());
    assertEquals(0, byChunk.piecesDecoded());

    Aggregator byPage = run(query(new TimeRange(0, 1999), 100, 100), sources, points);
    assertEquals(20, byPage.piecesFromStatistics(), "chunks split into their pages");
    assertEquals(0, byPage.piecesDecoded());

    Aggregator sliding = run(query(new TimeRange(0, 1999), 400, 200), sources, points);
    assertEquals(20, sliding.piecesFromStatistics(), "a page may serve two windows");
    assertEquals(0, sliding.piecesDecoded());

    Aggregator crossing = run(query(new TimeRange(0, 1999), 150, 150), sources, points);
    // Window edges 150, 450, ..., 1950 fall inside 7 pages; only those are decoded.
    assertEquals(7, crossing.piecesDecoded(), "pages that cross a window edge");
    assertEquals(2 * 10 - 7, crossing.piecesFromStatistics());
  }

  @Test
  void anOverlappingSourceStopsStatisticsWhereItOverlaps() throws IOException {
    NavigableMap<Long, Object> points =
        TestData.series(TSDataType.INT64, new Random(2), 0, 1, 2000);
    Path path = twoChunks(false, points);
    NavigableMap<Long, Object> newer = TestData.series(TSDataType.INT64, new Random(3), 1500, 2, 5);
    List<SeriesSource> sources =
        List.of(
            source(path, Visibility.ALL),
            new MemorySeriesSource(TestData.column(TSDataType.INT64, newer), 9));
    NavigableMap<Long, Object> visible = new TreeMap<>(points);
    visible.putAll(newer);
    Aggregator aggregator = run(query(TimeRange.ALL, 0, 0), sources, visible);
    assertEquals(1 + 9, aggregator.piecesFromStatistics(), "chunk 1, and 9 pages of chunk 2");
    assertEquals(1, aggregator.piecesDecoded(), "the merge of page [1500, 1599] with the memtable");
  }

  @Test
  void deletionsTtlAndRangeEdgesStopStatisticsWhereTheyCut() throws IOException {
    NavigableMap<Long, Object> points =
        TestData.series(TSDataType.INT64, new Random(4), 0, 1, 2000);
    Path path = twoChunks(false, points);
    Visibility visibility = Visibility.of(List.of(new TimeRange(250, 260)), 40);
    NavigableMap<Long, Object> visible = new TreeMap<>(points.subMap(40L, true, 1949L, true));
    visible.keySet().removeIf(t -> t >= 250 && t <= 260);
    Aggregator aggregator =
        run(query(new TimeRange(0, 1949), 0, 0), List.of(source(path, visibility)), visible);
    // Chunk 1: pages [0,99] (TTL) and [200,299] (deletion) decoded, 8 pages from statistics.
    // Chunk 2: cut by the range's end: 9 pages from statistics, [1900,1999] decoded.
    assertEquals(8 + 9, aggregator.piecesFromStatistics());
    assertEquals(3, aggregator.piecesDecoded());
  }

  @Test
  void emptyWindowsCountZeroAndGapsAreSkipped() throws IOException {
    NavigableMap<Long, Object> points = new TreeMap<>();
    points.put(10L, 1L);
    points.put(500L, 2L);
    List<SeriesSource> sources =
        List.of(new MemorySeriesSource(TestData.column(TSDataType.INT64, points), 0));
    Aggregator aggregator = new Aggregator(query(new TimeRange(0, 999), 50, 100));
    List<AggregationRow> rows = aggregator.aggregate(sources);
    assertEquals(10, rows.size());
    assertEquals(
        new AggregationRow(0, new Object[] {1L, 1.0, 1.0, 1L, 1L, 1L, 1L, 10L, 10L, 1L}),
        rows.get(0));
    Object[] empty = new Object[NUMERIC.size()];
    empty[0] = 0L;
    assertEquals(new AggregationRow(100, empty), rows.get(1));
    assertEquals(2L, rows.get(5).value(3), "MIN_VALUE of window [500, 550)");
  }

  @Test
  void aggregationsThatDoNotApplyAreRefused() {
    for (TSDataType type : List.of(TSDataType.TEXT, TSDataType.BOOLEAN, TSDataType.BLOB)) {
      for (AggregationKind kind : List.of(AggregationKind.SUM, AggregationKind.MIN_VALUE)) {
        AggregationQuery query =
            AggregationQuery.whole(DEVICE, false, "s1", type, List.of(kind), TimeRange.ALL);
        assertThrows(IllegalArgumentException.class, () -> new Aggregator(query));
      }
    }
    AggregationQuery dates =
        AggregationQuery.whole(
            DEVICE, false, "s1", TSDataType.DATE, List.of(AggregationKind.EXTREME), TimeRange.ALL);
    assertThrows(IllegalArgumentException.class, () -> new Aggregator(dates));
  }

  @Test
  void randomDataMatchesTheModel() throws IOException {
    long seed = Seeds.seed("aggregation.seed");
    Random random = new Random(seed);
    for (int round = 0; round < 60; round++) {
      RandomScenario scenario =
          RandomScenario.create(random, dir.resolve("r" + round), readers.cache);
      AggregationQuery query = scenario.query(random);
      Aggregator aggregator = new Aggregator(query);
      List<AggregationRow> rows = aggregator.aggregate(scenario.sources);
      String where = "round " + round + ", seed " + seed + ", " + query;
      AggregationModel.assertRows(AggregationModel.expected(query, scenario.visible), rows, where);
      assertEquals(0, readers.cache.leasesInUse());
    }
  }

  /** Kinds that apply to a type. */
  static List<AggregationKind> kindsFor(TSDataType type, Random random) {
    List<AggregationKind> kinds = new ArrayList<>();
    for (AggregationKind kind : AggregationKind.values()) {
      boolean numeric =
          type == TSDataType.INT32
              || type == TSDataType.INT64
              || type == TSDataType.FLOAT
              || type == TSDataType.DOUBLE;
      boolean ordered = numeric || type == TSDataType.DATE || type == TSDataType.TIMESTAMP;
      boolean applies =
          switch (kind) {
            case SUM, AVG, EXTREME -> numeric;
            case MIN_VALUE, MAX_VALUE -> ordered;
            default -> true;
          };
      if (applies && random.nextInt(3) > 0) {
        kinds.add(kind);
      }
    }
    if (kinds.isEmpty()) {
      kinds.add(AggregationKind.COUNT);
    }
    return kinds;
  }
}
