package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.apache.tsfile.utils.Binary;
import org.stratadb.query.exec.eval.Texts;
import org.stratadb.query.plan.LastMergeNode;

/** Runs a {@link LastMergeNode}: the newest point of each series over all regions. */
final class LastMergeOperator implements Operator {
  private final List<Operator> children;
  private final LastMergeNode node;
  private final int blockRows;
  private long[] times;
  private Binary[] values;
  private int nextTarget;

  LastMergeOperator(LastMergeNode node, List<Operator> children, int blockRows) {
    this.node = node;
    this.children = children;
    this.blockRows = blockRows;
  }

  @Override
  public List<TSDataType> types() {
    return LastMergeNode.OUTPUT;
  }

  @Override
  public TsBlock next() {
    if (values == null) {
      collect();
    }
    TsBlockBuilder builder = Blocks.builder(LastMergeNode.OUTPUT, blockRows);
    while (builder.getPositionCount() < blockRows && nextTarget < values.length) {
      int i = nextTarget++;
      if (values[i] == null) {
        continue;
      }
      builder.getTimeColumnBuilder().writeLong(times[i]);
      builder.getColumnBuilder(0).writeBinary(Texts.binary(node.names().get(i)));
      builder.getColumnBuilder(1).writeBinary(values[i]);
      builder.getColumnBuilder(2).writeBinary(Texts.binary(node.types().get(i).name()));
      builder.declarePosition();
    }
    return builder.isEmpty() ? null : builder.build();
  }

  private void collect() {
    int n = node.names().size();
    times = new long[n];
    values = new Binary[n];
    for (Operator child : children) {
      TsBlock block;
      while ((block = child.next()) != null) {
        Column index = block.getColumn(0);
        Column value = block.getColumn(1);
        for (int r = 0; r < block.getPositionCount(); r++) {
          int i = index.getInt(r);
          long t = block.getTimeByIndex(r);
          if (values[i] == null || t > times[i]) {
            times[i] = t;
            values[i] = value.getBinary(r);
          }
        }
      }
      child.close();
    }
  }

  @Override
  public void close() {
    for (Operator child : children) {
      child.close();
    }
    values = new Binary[0];
  }
}
