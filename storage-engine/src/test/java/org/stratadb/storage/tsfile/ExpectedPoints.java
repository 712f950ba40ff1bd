package org.stratadb.storage.tsfile;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.testing.TestTablets;

/** Random writes into a memtable and the points they should leave, last write winning. */
final class ExpectedPoints {
  final Map<String, Map<String, TreeMap<Long, Object>>> points = new TreeMap<>();
  private final Random random;

  ExpectedPoints(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Writes {@code rows} rows with times drawn from {@code [start, start + span)} (so out of order
   * and repeated when the span is small), each cell null with probability 1/{@code nullEvery}.
   */
  void write(
      MemTable table,
      String device,
      boolean aligned,
      List<ColumnSpec> specs,
      int rows,
      long start,
      int span,
      int nullEvery) {
    TestTablets tablet = TestTablets.of(device, aligned, specs.toArray(new ColumnSpec[0]));
    for (int r = 0; r < rows; r++) {
      long time = start + random.nextInt(span);
      Object[] row = new Object[specs.size()];
      for (int c = 0; c < row.length; c++) {
        if (nullEvery == 0 || random.nextInt(nullEvery) != 0) {
          row[c] = TestTablets.value(specs.get(c).type(), random.nextInt());
          points
              .computeIfAbsent(device, d -> new TreeMap<>())
              .computeIfAbsent(specs.get(c).measurement(), m -> new TreeMap<>())
              .put(time, row[c]);
        }
      }
      tablet.row(time, row);
    }
    table.insert(tablet.build(), null, rows);
  }

  long start(String device) {
    long min = Long.MAX_VALUE;
    for (TreeMap<Long, Object> series : points.get(device).values()) {
      if (!series.isEmpty()) {
        min = Math.min(min, series.firstKey());
      }
    }
    return min;
  }

  long end(String device) {
    long max = Long.MIN_VALUE;
    for (TreeMap<Long, Object> series : points.get(device).values()) {
      if (!series.isEmpty()) {
        max = Math.max(max, series.lastKey());
      }
    }
    return max;
  }
}
