package org.stratadb.storage.api;

/** The aggregations the engine answers itself, from statistics where that is safe. */
public enum AggregationKind {
  COUNT,
  SUM,
  AVG,
  MIN_VALUE,
  MAX_VALUE,
  FIRST_VALUE,
  LAST_VALUE,
  MIN_TIME,
  MAX_TIME,
  /** The value of largest absolute value; on a tie the positive one. */
  EXTREME
}
