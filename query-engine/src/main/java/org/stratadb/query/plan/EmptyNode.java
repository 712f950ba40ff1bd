package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/** No rows at all: the plan of a query that reads nothing. */
public record EmptyNode(List<TSDataType> types) implements PlanNode {
  public EmptyNode {
    types = List.copyOf(types);
  }

  @Override
  public List<TSDataType> outputTypes() {
    return types;
  }

  @Override
  public List<PlanNode> children() {
    return List.of();
  }
}
