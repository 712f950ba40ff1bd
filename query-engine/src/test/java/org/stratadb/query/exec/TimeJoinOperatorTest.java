package org.stratadb.query.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.column.IntColumn;
import org.apache.tsfile.read.common.block.column.TimeColumn;
import org.junit.jupiter.api.Test;

/**
 * The time join against a model: random children with random block cuts and nulls; children 0 and 1
 * feed the same output column over disjoint times (one series in two regions).
 */
class TimeJoinOperatorTest {

  /** Replays prepared blocks. */
  static final class Blocks implements Operator {
    private final List<TsBlock> blocks;
    private final int width;
    private int next;
    boolean closed;

    Blocks(List<TsBlock> blocks, int width) {
      this.blocks = blocks;
      this.width = width;
    }

    @Override
    public List<TSDataType> types() {
      return java.util.Collections.nCopies(width, TSDataType.INT32);
    }

    @Override
    public TsBlock next() {
      return next < blocks.size() ? blocks.get(next++) : null;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void matchesAModel() {
    long seed = Long.getLong("join.seed", System.nanoTime());
    System.out.println("TimeJoinOperatorTest seed=" + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 100; round++) {
      int children = 2 + random.nextInt(4);
      // output column 0 is fed by child 0 (even times) and child 1 (odd times)
      List<List<Integer>> maps = new ArrayList<>();
      List<TreeMap<Long, Integer[]>> models = new ArrayList<>();
      List<Blocks> ops = new ArrayList<>();
      int width = 1;
      for (int c = 0; c < children; c++) {
        int columns = c < 2 ? 1 : 1 + random.nextInt(3);
        List<Integer> map = new ArrayList<>();
        for (int k = 0; k < columns; k++) {
          map.add(c < 2 ? 0 : width++);
        }
        maps.add(map);
        TreeMap<Long, Integer[]> model = randomRows(random, columns, c < 2 ? c : -1);
        models.add(model);
        ops.add(new Blocks(cut(model, columns, random), columns));
      }
      int rows = 1 + random.nextInt(9);
      TimeJoinOperator join =
          new TimeJoinOperator(
              new ArrayList<>(ops),
              maps,
              java.util.Collections.nCopies(width, TSDataType.INT32),
              rows);
      List<String> actual = new ArrayList<>();
      TsBlock block;
      while ((block = join.next()) != null) {
        assertTrue(block.getPositionCount() > 0 && block.getPositionCount() <= rows);
        for (int r = 0; r < block.getPositionCount(); r++) {
          StringBuilder row = new StringBuilder().append(block.getTimeByIndex(r));
          for (int o = 0; o < width; o++) {
            Column col = block.getColumn(o);
            row.append(',').append(col.isNull(r) ? "null" : String.valueOf(col.getInt(r)));
          }
          actual.add(row.toString());
        }
      }
      assertEquals(expected(models, maps, width), actual, "seed " + seed + " round " + round);
      for (Blocks op : ops) {
        assertTrue(op.closed, "children are closed at the end");
      }
    }
  }

  /** Rows at random times (only even or odd times for parity 0 or 1); some values null. */
  private static TreeMap<Long, Integer[]> randomRows(Random random, int columns, int parity) {
    TreeMap<Long, Integer[]> rows = new TreeMap<>();
    int count = random.nextInt(30);
    for (int i = 0; i < count; i++) {
      long t = random.nextInt(60);
      if (parity >= 0) {
        t = t - (t % 2) + parity;
      }
      Integer[] values = new Integer[columns];
      boolean any = false;
      for (int k = 0; k < columns; k++) {
        if (random.nextInt(4) > 0) {
          values[k] = random.nextInt(1000);
          any = true;
        }
      }
      if (!any) {
        values[0] = 7;
      }
      rows.put(t, values);
    }
    return rows;
  }

  private static List<TsBlock> cut(TreeMap<Long, Integer[]> model, int columns, Random random) {
    List<Long> times = new ArrayList<>(model.keySet());
    List<TsBlock> blocks = new ArrayList<>();
    int at = 0;
    while (at < times.size()) {
      int n = Math.min(times.size() - at, 1 + random.nextInt(5));
      long[] t = new long[n];
      Column[] cols = new Column[columns];
      for (int k = 0; k < columns; k++) {
        int[] values = new int[n];
        boolean[] nulls = new boolean[n];
        for (int i = 0; i < n; i++) {
          Integer v = model.get(times.get(at + i))[k];
          nulls[i] = v == null;
          values[i] = v == null ? 0 : v;
        }
        cols[k] = new IntColumn(n, Optional.of(nulls), values);
      }
      for (int i = 0; i < n; i++) {
        t[i] = times.get(at + i);
      }
      blocks.add(new TsBlock(n, new TimeColumn(n, t), cols));
      at += n;
    }
    return blocks;
  }

  private static List<String> expected(
      List<TreeMap<Long, Integer[]>> models, List<List<Integer>> maps, int width) {
    TreeSet<Long> times = new TreeSet<>();
    models.forEach(m -> times.addAll(m.keySet()));
    List<String> out = new ArrayList<>();
    for (long t : times) {
      String[] cells = new String[width];
      java.util.Arrays.fill(cells, "null");
      for (int c = 0; c < models.size(); c++) {
        Integer[] values = models.get(c).get(t);
        for (int k = 0; values != null && k < values.length; k++) {
          if (values[k] != null) {
            cells[maps.get(c).get(k)] = String.valueOf(values[k]);
          }
        }
      }
      out.add(t + "," + String.join(",", cells));
    }
    return out;
  }
}
