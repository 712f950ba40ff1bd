package org.stratadb.storage.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.testing.TestData;
import org.stratadb.storage.testing.TestTablets;

/**
 * A random series spread over TsFiles (chunks that may overlap, within and across files) and a
 * memtable, with per-source deletions and a TTL bound; {@link #visible} is what a read must see.
 */
final class RandomScenario {
  private static final String DEVICE = "root.sg.d1";

  final TSDataType type;
  final List<SeriesSource> sources = new ArrayList<>();
  final NavigableMap<Long, Object> visible = new TreeMap<>();

  private RandomScenario(TSDataType type) {
    this.type = type;
  }

  static RandomScenario create(Random random, Path dir, TsFileReaderCache cache)
      throws IOException {
    Files.createDirectories(dir);
    TSDataType type = TestTablets.TYPES.get(random.nextInt(TestTablets.TYPES.size()));
    RandomScenario scenario = new RandomScenario(type);
    boolean aligned = random.nextBoolean();
    long visibleFrom = random.nextInt(4) == 0 ? random.nextInt(3000) : Long.MIN_VALUE;
    SeriesKey key = new SeriesKey(DEVICE, "s1", type);
    int files = 1 + random.nextInt(3);
    // Sources in ascending priority, so later puts into the model win as the merger decides.
    for (int f = 0; f < files; f++) {
      Path path = dir.resolve("f" + f + ".tsfile");
      List<TimeRange> deleted = randomDeletions(random);
      Visibility visibility = Visibility.of(deleted, visibleFrom);
      try (TsFileBuilder builder = new TsFileBuilder(path)) {
        int groups = 1 + random.nextInt(3);
        for (int g = 0; g < groups; g++) {
          long from = random.nextInt(8000);
          NavigableMap<Long, Object> points =
              TestData.randomSeries(
                  type, random, from, from + 1 + random.nextInt(3000), 1 + random.nextInt(800));
          int pageSize = 10 + random.nextInt(150);
          if (aligned) {
            NavigableMap<Long, Object> sibling =
                TestData.randomSeries(
                    TSDataType.INT32, random, from, from + 3000, random.nextInt(300));
            builder.aligned(
                DEVICE,
                List.of("s1", "s2"),
                List.of(type, TSDataType.INT32),
                List.of(points, sibling),
                pageSize);
          } else {
            builder.chunk(DEVICE, "s1", type, points, pageSize);
          }
          scenario.putVisible(points, deleted, visibleFrom);
        }
      }
      scenario.sources.add(new TsFileSeriesSource(cache, path, f, key, visibility));
    }
    if (random.nextBoolean()) {
      long from = random.nextInt(9000);
      NavigableMap<Long, Object> memtable =
          TestData.randomSeries(
              type, random, from, from + 1 + random.nextInt(2000), 1 + random.nextInt(500));
      List<TimeRange> deleted = randomDeletions(random);
      scenario.sources.add(
          new MemorySeriesSource(
              TestData.column(type, memtable), files, Visibility.of(deleted, visibleFrom)));
      scenario.putVisible(memtable, deleted, visibleFrom);
    }
    return scenario;
  }

  private static List<TimeRange> randomDeletions(Random random) {
    List<TimeRange> deleted = new ArrayList<>();
    for (int d = random.nextInt(3); d > 0; d--) {
      long start = random.nextInt(10_000);
      deleted.add(new TimeRange(start, start + random.nextInt(800)));
    }
    return deleted;
  }

  private void putVisible(NavigableMap<Long, Object> points, List<TimeRange> deleted, long from) {
    for (var point : points.entrySet()) {
      long t = point.getKey();
      boolean hidden = t < from || deleted.stream().anyMatch(r -> r.contains(t));
      if (!hidden) {
        visible.put(t, point.getValue());
      }
    }
  }

  AggregationQuery query(Random random) {
    long start = random.nextInt(6000) - 500;
    TimeRange range =
        random.nextInt(5) == 0 ? TimeRange.ALL : new TimeRange(start, start + random.nextInt(8000));
    if (range == TimeRange.ALL || random.nextInt(3) == 0) {
      return AggregationQuery.whole(
          DEVICE, false, "s1", type, AggregatorTest.kindsFor(type, random), range);
    }
    long interval = 1 + random.nextInt(700);
    long step = Math.max(1, interval / 2 + random.nextInt((int) interval * 2));
    return new AggregationQuery(
        DEVICE, false, "s1", type, AggregatorTest.kindsFor(type, random), range, interval, step);
  }
}
