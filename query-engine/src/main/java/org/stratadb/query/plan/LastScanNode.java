package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/**
 * The last points of some series in one region with time at least {@code minTime}: one row per
 * series that has one, time = the point's time, columns (target index INT32, value as text).
 */
public record LastScanNode(int regionId, List<LastTarget> targets, long minTime)
    implements PlanNode {
  public static final List<TSDataType> TYPES = List.of(TSDataType.INT32, TSDataType.TEXT);

  public LastScanNode {
    targets = List.copyOf(targets);
  }

  @Override
  public List<TSDataType> outputTypes() {
    return TYPES;
  }

  @Override
  public List<PlanNode> children() {
    return List.of();
  }
}
