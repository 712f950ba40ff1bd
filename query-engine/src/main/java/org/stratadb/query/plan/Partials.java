package org.stratadb.query.plan;

import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.AggregationKind;

/** The column types of partial aggregates, as regions send them to be merged. */
public final class Partials {
  private Partials() {}

  /** COUNT, MIN_TIME, MAX_TIME are INT64, SUM and AVG DOUBLE, the others the series type. */
  public static TSDataType typeOf(AggregationKind kind, TSDataType series) {
    return switch (kind) {
      case COUNT, MIN_TIME, MAX_TIME -> TSDataType.INT64;
      case SUM, AVG -> TSDataType.DOUBLE;
      default -> series;
    };
  }
}
