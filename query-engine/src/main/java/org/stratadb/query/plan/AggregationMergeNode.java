package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.GroupByTime;

/**
 * Merges partial aggregates of several children into final values. Children produce rows keyed by
 * window start (or 0 without windows) in ascending order, their columns described by {@code
 * childColumns}. Output: one row per window of {@code groupBy} (empty windows included), or one row
 * at time 0 without windows.
 *
 * @param stateTypes the series type of each state (one state per aggregated series)
 */
public record AggregationMergeNode(
    List<PlanNode> children,
    List<List<PartialColumn>> childColumns,
    List<TSDataType> stateTypes,
    List<AggregationOutput> outputs,
    GroupByTime groupBy)
    implements PlanNode {

  public AggregationMergeNode {
    children = List.copyOf(children);
    childColumns = childColumns.stream().map(List::copyOf).toList();
    stateTypes = List.copyOf(stateTypes);
    outputs = List.copyOf(outputs);
  }

  @Override
  public List<TSDataType> outputTypes() {
    return outputs.stream().map(o -> o.function().resultType(stateTypes.get(o.state()))).toList();
  }
}
