package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/** Skips {@code offset} rows, then passes at most {@code limit}. */
public record OffsetLimitNode(PlanNode child, long offset, long limit) implements PlanNode {
  @Override
  public List<TSDataType> outputTypes() {
    return child.outputTypes();
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }
}
