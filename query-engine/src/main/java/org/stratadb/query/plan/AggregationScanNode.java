package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.AggregationKind;

/**
 * Partial aggregates of one series in one region, computed by the storage engine: one row per
 * window key (ascending), one column per kind (typed by {@link Partials#typeOf}). Results of pieces
 * with the same key are merged.
 */
public record AggregationScanNode(
    int regionId,
    String device,
    boolean aligned,
    String measurement,
    TSDataType type,
    List<AggregationKind> kinds,
    List<AggregationPiece> pieces)
    implements PlanNode {

  public AggregationScanNode {
    kinds = List.copyOf(kinds);
    pieces = List.copyOf(pieces);
  }

  @Override
  public List<TSDataType> outputTypes() {
    return kinds.stream().map(k -> Partials.typeOf(k, type)).toList();
  }

  @Override
  public List<PlanNode> children() {
    return List.of();
  }
}
