package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;

/** Produces nothing. */
final class EmptyOperator implements Operator {
  private final List<TSDataType> types;

  EmptyOperator(List<TSDataType> types) {
    this.types = List.copyOf(types);
  }

  @Override
  public List<TSDataType> types() {
    return types;
  }

  @Override
  public TsBlock next() {
    return null;
  }

  @Override
  public void close() {}
}
