package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;
import org.stratadb.storage.testing.Seeds;
import org.stratadb.storage.testing.TestData;
import org.stratadb.storage.testing.TrackedReaders;

class SeriesMergerTest {
  private static final TSDataType TYPE = TSDataType.INT64;
  private static final SeriesKey KEY = new SeriesKey("root.sg.d1", "s1", TYPE);

  @TempDir Path dir;
  private final TrackedReaders readers = new TrackedReaders();

  @AfterEach
  void noLeaks() {
    readers.assertNoLeaks();
  }

  /** Points {@code time -> time * 10 + tag}, so a test can tell which source won. */
  private static NavigableMap<Long, Object> tagged(long from, long to, long step, int tag) {
    NavigableMap<Long, Object> points = new TreeMap<>();
    for (long t = from; t <= to; t += step) {
      points.put(t, t * 10 + tag);
    }
    return points;
  }

  private static MemorySeriesSource memory(NavigableMap<Long, Object> points, long priority) {
    return new MemorySeriesSource(TestData.column(TYPE, points), priority);
  }

  /** Drains a merger, checking that pieces ascend without overlap. */
  private static List<Piece> drain(SeriesMerger merger, NavigableMap<Long, Object> into)
      throws IOException {
    List<Piece> pieces = new ArrayList<>();
    long last = Long.MIN_VALUE;
    boolean first = true;
    for (Piece piece = merger.next(); piece != null; piece = merger.next()) {
      SortedColumn column = piece.load();
      if (column.isEmpty()) {
        continue;
      }
      assertTrue(first || column.firstTime() > last, "pieces ascend without overlap");
      assertTrue(piece.startTime() <= column.firstTime() && piece.endTime() >= column.lastTime());
      last = column.lastTime();
      first = false;
      into.putAll(TestData.map(column));
      pieces.add(piece);
    }
    return pieces;
  }

  @Test
  void disjointSourcesPassThroughWithoutCopying() throws IOException {
    SortedColumn a = TestData.column(TYPE, tagged(0, 99, 1, 1));
    SortedColumn b = TestData.column(TYPE, tagged(200, 299, 1, 2));
    List<SeriesSource> sources =
        List.of(new MemorySeriesSource(b, 5), new MemorySeriesSource(a, 1));
    try (SeriesMerger merger = SeriesMerger.open(sources, TimeRange.ALL)) {
      assertSame(a, merger.next().load());
      assertSame(b, merger.next().load());
      assertNull(merger.next());
    }
  }

  @Test
  void higherPriorityWinsOnEqualTimesAndTiesGoToTheLaterSource() throws IOException {
    List<SeriesSource> sources =
        List.of(
            memory(tagged(0, 100, 1, 1), 3),
            memory(tagged(50, 150, 2, 2), 7),
            memory(tagged(90, 200, 5, 3), 3),
            memory(tagged(95, 120, 1, 4), 7));
    NavigableMap<Long, Object> expected = tagged(0, 100, 1, 1);
    expected.putAll(tagged(90, 200, 5, 3)); // same priority as source 0, listed later
    expected.putAll(tagged(50, 150, 2, 2));
    expected.putAll(tagged(95, 120, 1, 4)); // same priority as source 1, listed later
    NavigableMap<Long, Object> merged = new TreeMap<>();
    try (SeriesMerger merger = SeriesMerger.open(sources, TimeRange.ALL)) {
      drain(merger, merged);
    }
    assertEquals(expected, merged);
  }

  @Test
  void onlyOverlappingPagesOfAChunkAreDecoded() throws IOException {
    Path file = dir.resolve("seq.tsfile");
    NavigableMap<Long, Object> seq = tagged(0, 399, 1, 1);
    try (TsFileBuilder builder = new TsFileBuilder(file)) {
      builder.chunk(KEY.device(), "s1", TYPE, seq.headMap(200L, false), 50);
      builder.chunk(KEY.device(), "s1", TYPE, seq.tailMap(200L, true), 50);
    }
    NavigableMap<Long, Object> unseq = tagged(260, 270, 1, 2);
    List<SeriesSource> sources =
        List.of(
            new TsFileSeriesSource(readers.cache, file, 1, KEY, Visibility.ALL), memory(unseq, 2));
    NavigableMap<Long, Object> merged = new TreeMap<>();
    List<Piece> pieces;
    try (SeriesMerger merger = SeriesMerger.open(sources, TimeRange.ALL)) {
      pieces = drain(merger, merged);
    }
    NavigableMap<Long, Object> expected = new TreeMap<>(seq);
    expected.putAll(unseq);
    assertEquals(expected, merged);
    // chunk [0,199] whole; page [200,249]; page [250,299] decoded and merged with the memtable
    // points, in two runs (before and from 260); pages [300,349] and [350,399].
    assertInstanceOf(ChunkPiece.class, pieces.get(0));
    assertTrue(pieces.get(0).exact());
    assertInstanceOf(PagePiece.class, pieces.get(1));
    assertInstanceOf(ColumnPiece.class, pieces.get(2));
    assertEquals(250, pieces.get(2).startTime());
    assertEquals(259, pieces.get(2).endTime());
    assertInstanceOf(ColumnPiece.class, pieces.get(3));
    assertEquals(260, pieces.get(3).startTime());
    assertEquals(299, pieces.get(3).endTime());
    assertInstanceOf(PagePiece.class, pieces.get(4));
    assertInstanceOf(PagePiece.class, pieces.get(5));
    assertEquals(6, pieces.size());
  }

  @Test
  void laterChunksOfOneFileWinOverEarlierOnes() throws IOException {
    Path file = dir.resolve("unseq.tsfile");
    try (TsFileBuilder builder = new TsFileBuilder(file)) {
      builder.chunk(KEY.device(), "s1", TYPE, tagged(0, 100, 1, 1), 30);
      builder.chunk(KEY.device(), "s1", TYPE, tagged(40, 60, 1, 2), 30);
      builder.chunk(KEY.device(), "s1", TYPE, tagged(55, 150, 5, 3), 30);
    }
    NavigableMap<Long, Object> expected = tagged(0, 100, 1, 1);
    expected.putAll(tagged(40, 60, 1, 2));
    expected.putAll(tagged(55, 150, 5, 3));
    NavigableMap<Long, Object> merged = new TreeMap<>();
    List<SeriesSource> sources =
        List.of(new TsFileSeriesSource(readers.cache, file, 1, KEY, Visibility.ALL));
    try (SeriesMerger merger = SeriesMerger.open(sources, TimeRange.ALL)) {
      drain(merger, merged);
    }
    assertEquals(expected, merged);
  }

  @Test
  void filesAreOpenedWhenReachedAndReleasedWhenDone() throws IOException {
    List<SeriesSource> sources = new ArrayList<>();
    NavigableMap<Long, Object> expected = new TreeMap<>();
    for (int f = 0; f < 6; f++) {
      Path file = dir.resolve(f + ".tsfile");
      NavigableMap<Long, Object> points = tagged(f * 1000L, f * 1000L + 499, 1, f);
      try (TsFileBuilder builder = new TsFileBuilder(file)) {
        builder.chunk(KEY.device(), "s1", TYPE, points, 100);
      }
      expected.putAll(points);
      sources.add(new TsFileSeriesSource(readers.cache, file, f, KEY, Visibility.ALL, f * 1000L));
    }
    NavigableMap<Long, Object> merged = new TreeMap<>();
    try (SeriesMerger merger = SeriesMerger.open(sources, new TimeRange(0, 4999))) {
      assertEquals(0, merger.openSources(), "nothing is opened before it is read");
      for (Piece piece = merger.next(); piece != null; piece = merger.next()) {
        merged.putAll(TestData.map(piece.load()));
        assertTrue(merger.openSources() <= 2, "open: " + merger.openSources());
        assertTrue(readers.cache.leasesInUse() <= 2);
      }
      assertEquals(0, merger.openSources(), "every file released at the end");
    }
    assertEquals(expected.headMap(5000L), merged);
    assertEquals(5, readers.opened.get(), "the file past the range is never opened");
  }

  @Test
  void randomSourcesMergeAsTheModelSays() throws IOException {
    long seed = Seeds.seed("merger.seed");
    Random random = new Random(seed);
    for (int round = 0; round < 40; round++) {
      int count = 1 + random.nextInt(6);
      List<SeriesSource> sources = new ArrayList<>();
      List<NavigableMap<Long, Object>> data = new ArrayList<>();
      long[] priorities = new long[count];
      for (int s = 0; s < count; s++) {
        long from = random.nextInt(5000);
        NavigableMap<Long, Object> points =
            TestData.randomSeries(
                TYPE, random, from, from + 1 + random.nextInt(3000), 1 + random.nextInt(2000));
        priorities[s] = random.nextInt(3);
        data.add(points);
        sources.add(memory(points, priorities[s]));
      }
      TimeRange range = new TimeRange(random.nextInt(2000), 3000 + random.nextInt(6000));
      NavigableMap<Long, Object> expected = new TreeMap<>();
      Integer[] order = new Integer[count];
      for (int s = 0; s < count; s++) {
        order[s] = s;
      }
      // Apply in rank order: lower priority first, then the earlier source, so winners land last.
      java.util.Arrays.sort(
          order,
          (x, y) ->
              priorities[x] != priorities[y]
                  ? Long.compare(priorities[x], priorities[y])
                  : Integer.compare(x, y));
      for (int s : order) {
        expected.putAll(data.get(s).subMap(range.start(), true, range.end(), true));
      }
      NavigableMap<Long, Object> merged = new TreeMap<>();
      try (SeriesMerger merger = SeriesMerger.open(sources, range)) {
        drain(merger, merged);
      }
      assertEquals(expected, merged, "round " + round + ", seed " + seed);
    }
  }
}
