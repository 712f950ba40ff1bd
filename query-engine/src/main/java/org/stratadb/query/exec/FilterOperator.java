package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.query.exec.eval.Eval;

/** Keeps the rows where the predicate is true (not false, not null). */
final class FilterOperator implements Operator {
  private final Operator child;
  private final Eval predicate;
  private int[] selected = new int[0];

  FilterOperator(Operator child, Eval predicate) {
    this.child = child;
    this.predicate = predicate;
  }

  @Override
  public List<TSDataType> types() {
    return child.types();
  }

  @Override
  public TsBlock next() {
    TsBlock block;
    while ((block = child.next()) != null) {
      TsBlock kept = filter(block);
      if (kept != null) {
        return kept;
      }
    }
    return null;
  }

  private TsBlock filter(TsBlock block) {
    int n = block.getPositionCount();
    Column test = predicate.eval(block);
    if (selected.length < n) {
      selected = new int[n];
    }
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (!test.isNull(i) && test.getBoolean(i)) {
        selected[count++] = i;
      }
    }
    if (count == 0) {
      return null;
    }
    if (count == n) {
      return block;
    }
    Column[] values = new Column[block.getValueColumnCount()];
    for (int c = 0; c < values.length; c++) {
      values[c] = block.getColumn(c).copyPositions(selected, 0, count);
    }
    return new TsBlock(count, block.getTimeColumn().copyPositions(selected, 0, count), values);
  }

  @Override
  public void close() {
    child.close();
  }
}
