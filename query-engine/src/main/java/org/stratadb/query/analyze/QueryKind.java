package org.stratadb.query.analyze;

/** What a query computes. */
public enum QueryKind {
  /** Time-aligned raw values (or expressions over them), one row per timestamp. */
  RAW,
  /** Aggregations over the whole time filter, or per GROUP BY window. */
  AGGREGATION,
  /** The newest point of each series: rows of (Time, Timeseries, Value, DataType). */
  LAST
}
