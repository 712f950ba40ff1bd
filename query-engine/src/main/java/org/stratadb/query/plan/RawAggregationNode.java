package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.GroupByTime;

/**
 * Aggregates raw rows of its child (time-ordered): state {@code s} reads child column {@code
 * stateColumns.get(s)}. Output as {@link AggregationMergeNode}.
 */
public record RawAggregationNode(
    PlanNode child,
    List<Integer> stateColumns,
    List<TSDataType> stateTypes,
    List<AggregationOutput> outputs,
    GroupByTime groupBy)
    implements PlanNode {

  public RawAggregationNode {
    stateColumns = List.copyOf(stateColumns);
    stateTypes = List.copyOf(stateTypes);
    outputs = List.copyOf(outputs);
  }

  @Override
  public List<TSDataType> outputTypes() {
    return outputs.stream().map(o -> o.function().resultType(stateTypes.get(o.state()))).toList();
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }
}
