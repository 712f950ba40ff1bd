package org.stratadb.query.exec;

import java.util.Arrays;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.apache.tsfile.read.common.block.column.TimeColumnBuilder;

/**
 * Full outer join by time of time-ordered children (see {@link
 * org.stratadb.query.plan.TimeJoinNode}): a row for every time any child has, each output column
 * taken from the first child feeding it that has a non-null value at that time. Works on columns:
 * values are copied position by position, nothing is allocated per row.
 */
final class TimeJoinOperator implements Operator {
  private final Operator[] children;
  private final List<TSDataType> types;
  private final int blockRows;

  /** For output column o: the children feeding it and their column indexes. */
  private final int[][] sourceChild;

  private final int[][] sourceColumn;
  private final TsBlock[] heads;
  private final int[] positions;
  private final long[] headTimes;
  private boolean started;
  private final boolean[] finished;
  private final TsBlockBuilder builder;
  private final int[][] single;
  private boolean done;

  TimeJoinOperator(
      List<Operator> children, List<List<Integer>> columnMaps, List<TSDataType> types, int rows) {
    this.children = children.toArray(new Operator[0]);
    this.types = List.copyOf(types);
    this.blockRows = rows;
    int width = types.size();
    int[] feeds = new int[width];
    for (List<Integer> map : columnMaps) {
      for (int out : map) {
        feeds[out]++;
      }
    }
    this.sourceChild = new int[width][];
    this.sourceColumn = new int[width][];
    for (int o = 0; o < width; o++) {
      sourceChild[o] = new int[feeds[o]];
      sourceColumn[o] = new int[feeds[o]];
    }
    int[] filled = new int[width];
    for (int c = 0; c < columnMaps.size(); c++) {
      List<Integer> map = columnMaps.get(c);
      for (int col = 0; col < map.size(); col++) {
        int o = map.get(col);
        sourceChild[o][filled[o]] = c;
        sourceColumn[o][filled[o]] = col;
        filled[o]++;
      }
    }
    this.single = this.children.length == 1 ? sourceColumn : null;
    this.heads = new TsBlock[this.children.length];
    this.positions = new int[this.children.length];
    this.headTimes = new long[this.children.length];
    this.finished = new boolean[this.children.length];
    this.builder = Blocks.builder(types, rows);
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
    builder.reset();
    TimeColumnBuilder time = builder.getTimeColumnBuilder();
    ColumnBuilder[] out = builder.getValueColumnBuilders();
    while (builder.getPositionCount() < blockRows) {
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
      time.writeLong(min);
      for (int o = 0; o < out.length; o++) {
        writeValue(o, min, out[o]);
      }
      builder.declarePosition();
      for (int c = 0; c < children.length; c++) {
        if (!finished[c] && headTimes[c] == min) {
          positions[c]++;
          advance(c);
        }
      }
    }
    if (builder.isEmpty()) {
      close();
      return null;
    }
    return builder.build();
  }

  private void writeValue(int o, long time, ColumnBuilder into) {
    int[] feeding = sourceChild[o];
    for (int s = 0; s < feeding.length; s++) {
      int c = feeding[s];
      if (!finished[c] && headTimes[c] == time) {
        Column column = heads[c].getColumn(sourceColumn[o][s]);
        if (!column.isNull(positions[c])) {
          into.write(column, positions[c]);
          return;
        }
      }
    }
    into.appendNull();
  }

  /** Moves child c to its next unread row (pulling blocks as needed) and caches its time. */
  private void advance(int c) {
    while (!finished[c] && (heads[c] == null || positions[c] >= heads[c].getPositionCount())) {
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
