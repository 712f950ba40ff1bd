package org.stratadb.query.exec;

import java.util.Arrays;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.column.TimeColumn;

/**
 * Full outer join by time of time-ordered children (see {@link
 * org.stratadb.query.plan.TimeJoinNode}): a row for every time any child has; an output column
 * takes the non-null value of a child feeding it at that time. Works column-wise: the row merge
 * only records, per child, which of its positions land on which output rows; values are then
 * scattered into primitive arrays in one tight loop per child column. Nothing is allocated per row.
 */
final class TimeJoinOperator implements Operator {
  private final Operator[] children;
  private final List<TSDataType> types;
  private final int blockRows;

  /** For child c: the output column of each of its columns. */
  private final int[][] columnMaps;

  private final ColumnScatter[] outputs;
  private final TsBlock[] heads;
  private final int[] positions;
  private final long[] headTimes;
  private final boolean[] finished;

  /** Per child, the head positions taken for this block and the output rows they land on. */
  private final int[][] takenPositions;

  private final int[][] takenRows;
  private final int[] taken;
  private final int[][] single;
  private boolean started;
  private boolean done;

  TimeJoinOperator(
      List<Operator> children, List<List<Integer>> columnMaps, List<TSDataType> types, int rows) {
    this.children = children.toArray(new Operator[0]);
    this.types = List.copyOf(types);
    this.blockRows = rows;
    int n = this.children.length;
    this.columnMaps = new int[n][];
    for (int c = 0; c < n; c++) {
      this.columnMaps[c] = columnMaps.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    this.outputs = new ColumnScatter[types.size()];
    for (int o = 0; o < outputs.length; o++) {
      outputs[o] = new ColumnScatter(types.get(o), rows);
    }
    this.heads = new TsBlock[n];
    this.positions = new int[n];
    this.headTimes = new long[n];
    this.finished = new boolean[n];
    this.takenPositions = new int[n][rows];
    this.takenRows = new int[n][rows];
    this.taken = new int[n];
    this.single = n == 1 ? singleSources(types.size(), this.columnMaps[0]) : null;
  }

  /** For one child: the child column of each output column, or none. */
  private static int[][] singleSources(int width, int[] map) {
    int[][] sources = new int[width][0];
    for (int col = 0; col < map.length; col++) {
      sources[map[col]] = new int[] {col};
    }
    return sources;
  }

  @Override
  public List<TSDataType> types() {
    return types;
  }

  @Override
  public TsBlock next() {
    if (done) {
      return null;
    }
    if (single != null) {
      return nextSingle();
    }
    if (!started) {
      for (int c = 0; c < children.length; c++) {
        advance(c);
      }
      started = true;
    }
    for (ColumnScatter output : outputs) {
      output.reset();
    }
    long[] times = new long[blockRows];
    int rows = mergeRows(times);
    for (int c = 0; c < children.length; c++) {
      flush(c);
    }
    if (rows == 0) {
      close();
      return null;
    }
    Column[] columns = new Column[outputs.length];
    for (int o = 0; o < columns.length; o++) {
      columns[o] = outputs[o].build(rows);
    }
    return new TsBlock(rows, new TimeColumn(rows, times), columns);
  }

  /** Merges the children's times into up to blockRows rows, recording what each child gives. */
  private int mergeRows(long[] times) {
    int rows = 0;
    while (rows < blockRows) {
      long min = Long.MAX_VALUE;
      boolean any = false;
      for (int c = 0; c < children.length; c++) {
        if (!finished[c] && (!any || headTimes[c] < min)) {
          min = headTimes[c];
          any = true;
        }
      }
      if (!any) {
        break;
      }
      times[rows] = min;
      for (int c = 0; c < children.length; c++) {
        if (!finished[c] && headTimes[c] == min) {
          takenPositions[c][taken[c]] = positions[c];
          takenRows[c][taken[c]] = rows;
          taken[c]++;
          positions[c]++;
          advance(c);
        }
      }
      rows++;
    }
    return rows;
  }

  /** Scatters what was taken from child c's head block into the outputs. */
  private void flush(int c) {
    if (taken[c] == 0) {
      return;
    }
    int[] map = columnMaps[c];
    for (int col = 0; col < map.length; col++) {
      outputs[map[col]].scatter(heads[c].getColumn(col), takenPositions[c], takenRows[c], taken[c]);
    }
    taken[c] = 0;
  }

  /** Moves child c to its next unread row, pulling blocks as needed, and caches its time. */
  private void advance(int c) {
    while (!finished[c] && (heads[c] == null || positions[c] >= heads[c].getPositionCount())) {
      flush(c);
      heads[c] = children[c].next();
      positions[c] = 0;
      if (heads[c] == null) {
        finished[c] = true;
      }
    }
    if (!finished[c]) {
      headTimes[c] = heads[c].getTimeByIndex(positions[c]);
    }
  }

  /** One child: its blocks are passed on with columns rearranged, nothing copied. */
  private TsBlock nextSingle() {
    TsBlock block = children[0].next();
    if (block == null) {
      close();
      return null;
    }
    Column[] columns = new Column[types.size()];
    for (int o = 0; o < columns.length; o++) {
      columns[o] =
          single[o].length == 0
              ? Blocks.nulls(types.get(o), block.getPositionCount())
              : block.getColumn(single[o][0]);
    }
    return new TsBlock(block.getPositionCount(), block.getTimeColumn(), columns);
  }

  @Override
  public void close() {
    done = true;
    for (Operator child : children) {
      child.close();
    }
    Arrays.fill(heads, null);
  }
}
