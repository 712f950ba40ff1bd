package org.stratadb.storage.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.testing.RegionFixtures;

class RegionDifferentialTest {
  private static final String D = "root.sg.d1";
  private static final long P = 604_800_000L;

  @TempDir Path home;

  private static Object field(Object target, String name) throws Exception {
    Field f = target.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(target);
  }

  @Test
  void fuzz() throws Exception {
    for (long seed = 1; seed <= Long.getLong("fz.seeds", 40); seed++) {
      run(seed, home.resolve("s" + seed));
    }
  }

  private void run(long seed, Path dir) throws Exception {
    Random rnd = new Random(seed);
    TreeMap<Long, Double> model = new TreeMap<>();
    StorageEngine engine = StorageEngine.open(StorageOptions.defaults(dir));
    DataRegion region = engine.openRegion("root.sg", 1);
    ((RegionMaintenance) field(region, "maintenance")).pauseSchedule();
    StringBuilder trace = new StringBuilder();
    try {
      for (int step = 0; step < 60; step++) {
        int op = rnd.nextInt(10);
        if (op < 5) {
          int n = 1 + rnd.nextInt(20);
          long[] times = new long[n];
          double base = rnd.nextInt(1000) * 1000;
          long start = rnd.nextInt(300);
          long part = rnd.nextInt(4) == 0 ? P : 0;
          for (int i = 0; i < n; i++) {
            times[i] = part + start + rnd.nextInt(40);
          }
          region.write(RegionFixtures.series(D, "s1", base, times));
          for (long t : times) {
            model.put(t, base + t);
          }
          trace.append("w").append(List.of(base, start, part)).append(' ');
        } else if (op == 5) {
          long a = rnd.nextInt(340);
          long b = a + rnd.nextInt(30);
          long part = rnd.nextInt(4) == 0 ? P : 0;
          region.delete(new Deletion(D + ".s1", new TimeRange(part + a, part + b)));
          model.subMap(part + a, true, part + b, true).clear();
          trace.append("d").append(List.of(a, b, part)).append(' ');
        } else if (op == 6 || op == 7) {
          region.flush();
          trace.append("f ");
        } else if (op == 8) {
          RegionMaintenance m = (RegionMaintenance) field(region, "maintenance");
          RegionCompactor c = (RegionCompactor) field(m, "compactor");
          c.compactOnce();
          trace.append("c ");
        } else {
          engine.close();
          engine = StorageEngine.open(StorageOptions.defaults(dir));
          region = engine.openRegion("root.sg", 1);
          ((RegionMaintenance) field(region, "maintenance")).pauseSchedule();
          trace.append("r ");
        }
        String ctx = "seed " + seed + " step " + step + ": " + trace;
        assertEquals(model, RegionFixtures.read(region, D, "s1"), ctx);
        check(region, model, ctx);
      }
    } finally {
      engine.close();
    }
  }

  private static void check(DataRegion region, TreeMap<Long, Double> model, String ctx)
      throws Exception {
    for (TimeRange range :
        List.of(TimeRange.ALL, new TimeRange(10, 200), new TimeRange(P, P + 400))) {
      List<AggregationRow> rows =
          region.aggregate(
              AggregationQuery.whole(
                  D,
                  false,
                  "s1",
                  TSDataType.DOUBLE,
                  List.of(
                      AggregationKind.COUNT,
                      AggregationKind.SUM,
                      AggregationKind.FIRST_VALUE,
                      AggregationKind.LAST_VALUE,
                      AggregationKind.MAX_VALUE,
                      AggregationKind.MIN_TIME,
                      AggregationKind.MAX_TIME),
                  range));
      Map<Long, Double> sub = model.subMap(range.start(), true, range.end(), true);
      AggregationRow row = rows.get(0);
      assertEquals((long) sub.size(), ((Number) row.value(0)).longValue(), ctx + " count " + range);
      if (!sub.isEmpty()) {
        double sum = sub.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(sum, ((Number) row.value(1)).doubleValue(), 1e-6, ctx + " sum " + range);
        TreeMap<Long, Double> t = new TreeMap<>(sub);
        assertEquals(t.firstEntry().getValue(), row.value(2), ctx + " first " + range);
        assertEquals(t.lastEntry().getValue(), row.value(3), ctx + " last " + range);
        assertEquals(t.firstKey(), row.value(5), ctx + " mintime " + range);
        assertEquals(t.lastKey(), row.value(6), ctx + " maxtime " + range);
      }
    }
    Optional<LastPoint> last = region.last(D, "s1", TSDataType.DOUBLE);
    if (model.isEmpty()) {
      assertEquals(Optional.empty(), last, ctx + " last()");
    } else {
      assertEquals(model.lastKey(), last.map(LastPoint::time).orElse(null), ctx + " last() time");
      assertEquals(model.lastEntry().getValue(), last.get().value(), ctx + " last() value");
    }
  }
}
