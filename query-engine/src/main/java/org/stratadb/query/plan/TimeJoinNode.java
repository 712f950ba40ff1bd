package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/**
 * A full outer join of time-ordered children by time. Value column {@code c} of child {@code i}
 * goes to output column {@code columnMaps.get(i).get(c)}. Several children may feed one output
 * column (one series spread over regions by time); at each time the non-null value is taken.
 */
public record TimeJoinNode(
    List<PlanNode> children, List<List<Integer>> columnMaps, List<TSDataType> types)
    implements PlanNode {

  public TimeJoinNode {
    children = List.copyOf(children);
    columnMaps = columnMaps.stream().map(List::copyOf).toList();
    types = List.copyOf(types);
    if (children.size() != columnMaps.size()) {
      throw new IllegalArgumentException("one column map per child");
    }
  }

  @Override
  public List<TSDataType> outputTypes() {
    return types;
  }
}
