package org.stratadb.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.query.analyze.AggregationFunction;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.GroupByTime;
import org.stratadb.query.analyze.OutputColumn;
import org.stratadb.query.analyze.QuerySpec;
import org.stratadb.query.analyze.TimeSet;
import org.stratadb.query.spi.SeriesSchema;
import org.stratadb.query.testing.Results;
import org.stratadb.query.testing.TestCluster;

/**
 * Random data over several devices, regions and time partitions (written out of order, partly
 * flushed), random raw and aggregation queries, each checked against a model of the points. Numeric
 * values are halves of small integers, so sums are exact in any order. Replay with {@code
 * -Dquery.seed=S}.
 */
class RandomizedQueryTest {
  static final List<TSDataType> TYPES =
      List.of(
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.BOOLEAN,
          TSDataType.TEXT);
  static final int ROWS = 7;
  static final int SPAN = 400;

  @TempDir Path dir;

  @Test
  void queriesMatchTheModel() throws Exception {
    long seed = Long.getLong("query.seed", System.nanoTime());
    System.out.println(
        "RandomizedQueryTest seed=" + seed + " (replay with -Dquery.seed=" + seed + ")");
    Random random = new Random(seed);
    try (TestCluster cluster =
        new TestCluster(dir, 20 + random.nextInt(60), 2 + random.nextInt(3))) {
      List<SeriesSchema> series = populate(cluster, random);
      QueryEngine engine = new QueryEngine(cluster.services(), ROWS);
      for (int q = 0; q < 60; q++) {
        String context = "seed " + seed + ", query " + q;
        if (random.nextBoolean()) {
          checkRaw(cluster, engine, series, random, context);
        } else {
          checkAggregation(cluster, engine, series, random, context);
        }
        assertEquals(0, cluster.openScans(), context + ": every storage scan is closed");
      }
    }
  }

  private static List<SeriesSchema> populate(TestCluster cluster, Random random) throws Exception {
    List<SeriesSchema> all = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      String device = "root.sg.d" + d;
      boolean aligned = random.nextBoolean();
      List<String> measurements = new ArrayList<>();
      int width = 1 + random.nextInt(3);
      for (int m = 0; m < width; m++) {
        TSDataType type = TYPES.get(random.nextInt(TYPES.size()));
        cluster.create(device, aligned, "s" + m, type);
        measurements.add("s" + m);
        all.add(cluster.series(device + ".s" + m));
      }
      for (int batch = 0; batch < 4; batch++) {
        int count = 1 + random.nextInt(40);
        Object[][] rows = new Object[count][];
        for (int r = 0; r < count; r++) {
          rows[r] = new Object[width + 1];
          rows[r][0] = (long) random.nextInt(SPAN);
          boolean any = false;
          for (int m = 0; m < width; m++) {
            if (random.nextInt(4) > 0) {
              rows[r][m + 1] = value(cluster.series(device + ".s" + m).type(), random);
              any = true;
            }
          }
          if (!any) {
            rows[r][1] = value(cluster.series(device + ".s0").type(), random);
          }
        }
        cluster.insert(device, measurements, dedupTimes(rows));
        if (random.nextInt(3) == 0) {
          cluster.flush();
        }
      }
    }
    return all;
  }

  /** Keeps the last row of each time, as a write of the same time overwrites. */
  private static Object[][] dedupTimes(Object[][] rows) {
    TreeMap<Long, Object[]> byTime = new TreeMap<>();
    for (Object[] row : rows) {
      byTime.put((Long) row[0], row);
    }
    return byTime.values().toArray(new Object[0][]);
  }

  private static Object value(TSDataType type, Random random) {
    int v = random.nextInt(41) - 20;
    return switch (type) {
      case INT32 -> v;
      case INT64 -> (long) v * 1000;
      case FLOAT -> v / 2.0f;
      case DOUBLE -> v / 2.0;
      case BOOLEAN -> v > 0;
      default -> "t" + (v + 20);
    };
  }

  private static TimeSet randomTime(Random random) {
    long a = random.nextInt(SPAN + 20) - 10;
    long b = a + random.nextInt(SPAN);
    TimeSet set = TimeSet.halfOpen(a, b);
    if (random.nextInt(4) == 0) {
      long c = random.nextInt(SPAN);
      set = set.union(TimeSet.closed(c, c + random.nextInt(30)));
    }
    return random.nextInt(5) == 0 ? TimeSet.all() : set;
  }

  /** A filter "series > constant" on a numeric series, or null. */
  private static Expr.Binary randomFilter(List<SeriesSchema> series, Random random) {
    List<SeriesSchema> numeric =
        series.stream()
            .filter(s -> s.type() != TSDataType.BOOLEAN && s.type() != TSDataType.TEXT)
            .toList();
    if (numeric.isEmpty() || random.nextBoolean()) {
      return null;
    }
    SeriesSchema s = numeric.get(random.nextInt(numeric.size()));
    return new Expr.Binary(
        Expr.BinaryOp.GT, Expr.Series.of(s), Expr.Literal.of((long) random.nextInt(11) - 5));
  }

  private static boolean passes(TestCluster cluster, Expr.Binary filter, long time) {
    if (filter == null) {
      return true;
    }
    SeriesSchema s = ((Expr.Series) filter.left()).series();
    Object v = cluster.model().series(s.path().toString()).get(time);
    long bound = (Long) ((Expr.Literal) filter.right()).value();
    return v != null && ((Number) v).doubleValue() > bound;
  }

  private static void checkRaw(
      TestCluster cluster, QueryEngine engine, List<SeriesSchema> all, Random random, String ctx) {
    List<SeriesSchema> selected = new ArrayList<>();
    for (SeriesSchema s : all) {
      if (random.nextInt(3) > 0) {
        selected.add(s);
      }
    }
    if (selected.isEmpty()) {
      selected.add(all.get(0));
    }
    TimeSet time = randomTime(random);
    Expr.Binary filter = randomFilter(all, random);
    long offset = random.nextInt(4) == 0 ? random.nextInt(20) : 0;
    long limit = random.nextInt(4) == 0 ? random.nextInt(30) : Long.MAX_VALUE;
    List<OutputColumn> columns =
        selected.stream().map(s -> OutputColumn.of(Expr.Series.of(s))).toList();
    boolean descending = random.nextInt(3) == 0;
    QuerySpec spec =
        QuerySpec.raw(columns, time, filter).withPage(offset, limit).withDescending(descending);
    TreeSet<Long> times = new TreeSet<>();
    for (SeriesSchema s : selected) {
      times.addAll(cluster.model().series(s.path().toString()).keySet());
    }
    if (filter != null) {
      times.addAll(cluster.model().series(((Expr.Series) filter.left()).display()).keySet());
    }
    List<String> expected = new ArrayList<>();
    for (long t : times) {
      if (!time.contains(t) || !passes(cluster, filter, t)) {
        continue;
      }
      StringBuilder row = new StringBuilder().append(t);
      for (SeriesSchema s : selected) {
        row.append(',').append(cluster.model().series(s.path().toString()).get(t));
      }
      expected.add(row.toString());
    }
    if (descending) {
      java.util.Collections.reverse(expected);
    }
    int from = (int) Math.min(offset, expected.size());
    int to = (int) Math.min(expected.size(), from + Math.min(limit, Integer.MAX_VALUE));
    List<String> actual = Results.read(engine.execute(spec, RawQueryTest.SESSION), ROWS).rows();
    assertEquals(expected.subList(from, to), actual, ctx + ": " + spec);
  }

  private static void checkAggregation(
      TestCluster cluster, QueryEngine engine, List<SeriesSchema> all, Random random, String ctx) {
    SeriesSchema target = all.get(random.nextInt(all.size()));
    List<AggregationFunction> functions = randomFunctions(target.type(), random);
    TimeSet time = randomTime(random);
    Expr.Binary filter = randomFilter(all, random);
    GroupByTime groupBy = random.nextBoolean() ? randomGroupBy(random) : null;
    List<OutputColumn> columns = new ArrayList<>();
    for (AggregationFunction f : functions) {
      columns.add(OutputColumn.of(new Expr.Aggregate(f, Expr.Series.of(target))));
    }
    boolean descending = random.nextInt(4) == 0;
    QuerySpec spec =
        QuerySpec.aggregation(columns, time, filter, groupBy).withDescending(descending);
    TreeMap<Long, Object> points = new TreeMap<>();
    for (Map.Entry<Long, Object> p : cluster.model().series(target.path().toString()).entrySet()) {
      if (time.contains(p.getKey()) && passes(cluster, filter, p.getKey())) {
        points.put(p.getKey(), p.getValue());
      }
    }
    List<String> expected = new ArrayList<>();
    if (groupBy == null) {
      expected.add("0" + ModelAggregates.row(functions, target.type(), points));
    } else {
      for (long k = 0; k < groupBy.windowCount(); k++) {
        long ws = groupBy.windowStart(k);
        TreeMap<Long, Object> window =
            new TreeMap<>(points.subMap(ws, true, groupBy.windowLast(k), true));
        expected.add(ws + ModelAggregates.row(functions, target.type(), window));
      }
    }
    if (descending) {
      java.util.Collections.reverse(expected);
    }
    List<String> actual = Results.read(engine.execute(spec, RawQueryTest.SESSION), ROWS).rows();
    assertEquals(expected, actual, ctx + ": " + spec);
  }

  private static List<AggregationFunction> randomFunctions(TSDataType type, Random random) {
    boolean numeric = type != TSDataType.BOOLEAN && type != TSDataType.TEXT;
    List<AggregationFunction> functions = new ArrayList<>();
    for (AggregationFunction f : AggregationFunction.values()) {
      boolean applies =
          numeric
              || f == AggregationFunction.COUNT
              || f == AggregationFunction.FIRST_VALUE
              || f == AggregationFunction.LAST_VALUE
              || f == AggregationFunction.MIN_TIME
              || f == AggregationFunction.MAX_TIME;
      if (applies && random.nextBoolean()) {
        functions.add(f);
      }
    }
    if (functions.isEmpty()) {
      functions.add(AggregationFunction.COUNT);
    }
    return functions;
  }

  private static GroupByTime randomGroupBy(Random random) {
    long start = random.nextInt(100) - 20;
    long end = start + 1 + random.nextInt(SPAN);
    long interval = 1 + random.nextInt(60);
    long step = random.nextBoolean() ? interval : 1 + random.nextInt(80);
    return new GroupByTime(start, end, interval, step);
  }
}
