package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/**
 * Picks the newest point of each series among the children's {@link LastScanNode} rows and emits
 * the rows of a last query, in target order: Time, then (Timeseries, Value, DataType) as text.
 *
 * @param names the display path of each target index
 * @param types the data type of each target index
 */
public record LastMergeNode(List<PlanNode> children, List<String> names, List<TSDataType> types)
    implements PlanNode {
  public static final List<TSDataType> OUTPUT =
      List.of(TSDataType.TEXT, TSDataType.TEXT, TSDataType.TEXT);

  public LastMergeNode {
    children = List.copyOf(children);
    names = List.copyOf(names);
    types = List.copyOf(types);
  }

  @Override
  public List<TSDataType> outputTypes() {
    return OUTPUT;
  }
}
