package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.api.ValueFilter;

/**
 * Raw data of some measurements of one device in one region, read range by range (ranges are sorted
 * and disjoint, so the output is in time order). Columns follow {@code measurements}.
 *
 * @param filter a value filter the storage engine applies, or null
 */
public record SeriesScanNode(
    int regionId,
    String device,
    boolean aligned,
    List<String> measurements,
    List<TSDataType> types,
    List<TimeRange> ranges,
    ValueFilter filter)
    implements PlanNode {

  public SeriesScanNode {
    measurements = List.copyOf(measurements);
    types = List.copyOf(types);
    ranges = List.copyOf(ranges);
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
