package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/**
 * Rows in descending time: each part (a time-ordered plan over a time span, parts in descending
 * span order) is read whole, then emitted back to front. Memory is bounded by the largest part.
 */
public record DescendingNode(List<PlanNode> parts, List<TSDataType> types) implements PlanNode {
  public DescendingNode {
    parts = List.copyOf(parts);
    types = List.copyOf(types);
  }

  @Override
  public List<TSDataType> outputTypes() {
    return types;
  }

  @Override
  public List<PlanNode> children() {
    return parts;
  }
}
