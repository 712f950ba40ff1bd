package org.stratadb.storage.memtable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.testing.TestTablets;

/**
 * Random inserts, deletes and reads against a TreeMap model. Prints its seed; replay a failure with
 * {@code -Dmemtable.seed=<seed>}.
 */
class MemTableRandomizedTest {
  private static final int ROUNDS = 4;
  private static final int OPERATIONS = 250;
  private static final String[] MEASUREMENTS = {"a", "b", "c", "d"};

  @Test
  void behavesLikeATreeMapModel() {
    String fixed = System.getProperty("memtable.seed");
    long base = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
    int rounds = fixed != null ? 1 : ROUNDS;
    for (int round = 0; round < rounds; round++) {
      long seed = base + round;
      System.out.println("MemTableRandomizedTest seed " + seed + " (-Dmemtable.seed=" + seed + ")");
      try {
        new Run(new Random(seed)).run();
      } catch (AssertionError e) {
        throw new AssertionError("failed with -Dmemtable.seed=" + seed + ": " + e.getMessage(), e);
      }
    }
  }

  /** One random history over three devices, the first aligned. */
  private static final class Run {
    private final Random random;
    private final MemTable table = new MemTable();
    private final Map<String, TreeMap<Long, Object>> values = new HashMap<>();
    private final Map<String, TreeMap<Long, Integer>> cells = new HashMap<>();
    private final Map<String, TSDataType> types = new HashMap<>();
    private long storedCells;

    Run(Random random) {
      this.random = random;
      for (String m : MEASUREMENTS) {
        types.put(m, TestTablets.TYPES.get(random.nextInt(TestTablets.TYPES.size())));
      }
    }

    void run() {
      for (int op = 0; op < OPERATIONS; op++) {
        int kind = random.nextInt(10);
        String device = "root.sg.d" + random.nextInt(3);
        if (kind < 6) {
          insert(device, device.endsWith("0"));
        } else if (kind < 8) {
          delete(device);
        } else {
          checkRead(device);
        }
      }
      for (int d = 0; d < 3; d++) {
        for (String m : MEASUREMENTS) {
          check("root.sg.d" + d, m, TimeRange.ALL);
        }
      }
      assertEquals(storedCells, table.pointCount(), "point count");
    }

    private void insert(String device, boolean aligned) {
      List<ColumnSpec> specs = new ArrayList<>();
      for (String m : MEASUREMENTS) {
        if (random.nextInt(3) > 0) {
          specs.add(ColumnSpec.of(m, types.get(m)));
        }
      }
      if (specs.isEmpty()) {
        return;
      }
      int rowCount = 1 + random.nextInt(random.nextBoolean() ? 8 : 600);
      long start = random.nextInt(5000);
      TestTablets tablet = TestTablets.of(device, aligned, specs.toArray(new ColumnSpec[0]));
      for (int r = 0; r < rowCount; r++) {
        Object[] row = new Object[specs.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] =
              random.nextInt(5) == 0
                  ? null
                  : TestTablets.value(specs.get(c).type(), random.nextInt());
        }
        long time = random.nextInt(4) == 0 ? start + random.nextInt(300) - 150 : start + r;
        tablet.row(time, row);
      }
      int[] rows = null;
      int count = rowCount;
      if (random.nextBoolean()) {
        rows = new int[rowCount];
        count = 0;
        for (int r = 0; r < rowCount; r++) {
          if (random.nextInt(4) > 0) {
            rows[count++] = r;
          }
        }
      }
      table.insert(tablet.build(), rows, count);
      for (int i = 0; i < count; i++) {
        int r = rows == null ? i : rows[i];
        Object[] row = tablet.rowValues(r);
        for (int c = 0; c < row.length; c++) {
          if (row[c] != null) {
            String key = device + "." + specs.get(c).measurement();
            values.computeIfAbsent(key, k -> new TreeMap<>()).put(tablet.rowTime(r), row[c]);
            cells
                .computeIfAbsent(key, k -> new TreeMap<>())
                .merge(tablet.rowTime(r), 1, Integer::sum);
            storedCells++;
          }
        }
      }
    }

    private void delete(String device) {
      String measurement = MEASUREMENTS[random.nextInt(MEASUREMENTS.length)];
      TimeRange range = randomRange();
      table.delete(device, measurement, range);
      String key = device + "." + measurement;
      if (values.containsKey(key)) {
        values.get(key).subMap(range.start(), true, range.end(), true).clear();
        Map<Long, Integer> removed = cells.get(key).subMap(range.start(), true, range.end(), true);
        for (int n : removed.values()) {
          storedCells -= n;
        }
        removed.clear();
      }
    }

    private void checkRead(String device) {
      check(device, MEASUREMENTS[random.nextInt(MEASUREMENTS.length)], randomRange());
    }

    private void check(String device, String measurement, TimeRange range) {
      TreeMap<Long, Object> model =
          values.getOrDefault(device + "." + measurement, new TreeMap<>());
      MemTableTest.assertSeries(
          model.subMap(range.start(), true, range.end(), true),
          table.read(device, measurement, range));
    }

    private TimeRange randomRange() {
      if (random.nextInt(10) == 0) {
        return TimeRange.ALL;
      }
      long start = random.nextInt(9000) - 500;
      return new TimeRange(start, start + random.nextInt(2000));
    }
  }
}
