package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;

/** Skips the first {@code offset} rows and stops after {@code limit} more. */
final class OffsetLimitOperator implements Operator {
  private final Operator child;
  private long toSkip;
  private long remaining;

  OffsetLimitOperator(Operator child, long offset, long limit) {
    this.child = child;
    this.toSkip = offset;
    this.remaining = limit;
  }

  @Override
  public List<TSDataType> types() {
    return child.types();
  }

  @Override
  public TsBlock next() {
    while (remaining > 0) {
      TsBlock block = child.next();
      if (block == null) {
        return null;
      }
      int n = block.getPositionCount();
      if (toSkip >= n) {
        toSkip -= n;
        continue;
      }
      int from = (int) toSkip;
      toSkip = 0;
      int take = (int) Math.min(remaining, n - from);
      remaining -= take;
      if (remaining == 0) {
        child.close();
      }
      return from == 0 && take == n ? block : block.getRegion(from, take);
    }
    child.close();
    return null;
  }

  @Override
  public void close() {
    child.close();
  }
}
