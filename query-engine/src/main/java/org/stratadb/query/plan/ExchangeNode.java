package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/** The receiving end of a fragment boundary: the output of fragment {@code fragmentId}. */
public record ExchangeNode(int fragmentId, List<TSDataType> types) implements PlanNode {
  public ExchangeNode {
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
