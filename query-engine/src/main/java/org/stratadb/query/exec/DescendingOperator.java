package org.stratadb.query.exec;

import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;

/** Runs a {@link org.stratadb.query.plan.DescendingNode}: each part buffered, then reversed. */
final class DescendingOperator implements Operator {
  private final List<Operator> parts;
  private final List<TSDataType> types;
  private final List<TsBlock> buffered = new ArrayList<>();
  private int nextPart;

  DescendingOperator(List<Operator> parts, List<TSDataType> types) {
    this.parts = parts;
    this.types = List.copyOf(types);
  }

  @Override
  public List<TSDataType> types() {
    return types;
  }

  @Override
  public TsBlock next() {
    while (buffered.isEmpty()) {
      if (nextPart >= parts.size()) {
        return null;
      }
      Operator part = parts.get(nextPart++);
      TsBlock block;
      while ((block = part.next()) != null) {
        buffered.add(block);
      }
      part.close();
    }
    return reversed(buffered.remove(buffered.size() - 1));
  }

  private static TsBlock reversed(TsBlock block) {
    int n = block.getPositionCount();
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      positions[i] = n - 1 - i;
    }
    Column[] values = new Column[block.getValueColumnCount()];
    for (int c = 0; c < values.length; c++) {
      values[c] = block.getColumn(c).copyPositions(positions, 0, n);
    }
    return new TsBlock(n, block.getTimeColumn().copyPositions(positions, 0, n), values);
  }

  @Override
  public void close() {
    buffered.clear();
    for (int p = nextPart; p < parts.size(); p++) {
      parts.get(p).close();
    }
    nextPart = parts.size();
  }
}
