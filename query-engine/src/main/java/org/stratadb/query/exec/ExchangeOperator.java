package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.query.plan.PlanFragment;

/**
 * The consuming side of a fragment boundary: starts the fragment on first pull and passes its
 * blocks on.
 */
final class ExchangeOperator implements Operator {
  private final FragmentRunner runner;
  private final PlanFragment fragment;
  private final List<TSDataType> types;
  private Operator source;
  private boolean closed;

  ExchangeOperator(FragmentRunner runner, PlanFragment fragment) {
    this.runner = runner;
    this.fragment = fragment;
    this.types = fragment.root().outputTypes();
  }

  @Override
  public List<TSDataType> types() {
    return types;
  }

  @Override
  public TsBlock next() {
    if (closed) {
      return null;
    }
    if (source == null) {
      source = runner.start(fragment);
    }
    TsBlock block = source.next();
    if (block == null) {
      close();
    }
    return block;
  }

  @Override
  public void close() {
    closed = true;
    if (source != null) {
      source.close();
      source = null;
    }
  }
}
