package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.query.exec.eval.Eval;

/** Computes the output columns of each block; input columns pass through uncopied. */
final class ProjectOperator implements Operator {
  private final Operator child;
  private final Eval[] outputs;
  private final List<TSDataType> types;

  ProjectOperator(Operator child, List<Eval> outputs) {
    this.child = child;
    this.outputs = outputs.toArray(new Eval[0]);
    this.types = outputs.stream().map(Eval::type).toList();
  }

  @Override
  public List<TSDataType> types() {
    return types;
  }

  @Override
  public TsBlock next() {
    TsBlock block = child.next();
    if (block == null) {
      return null;
    }
    Column[] columns = new Column[outputs.length];
    for (int i = 0; i < outputs.length; i++) {
      columns[i] = outputs[i].eval(block);
    }
    return new TsBlock(block.getPositionCount(), block.getTimeColumn(), columns);
  }

  @Override
  public void close() {
    child.close();
  }
}
