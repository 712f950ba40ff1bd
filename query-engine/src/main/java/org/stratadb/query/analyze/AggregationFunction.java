package org.stratadb.query.analyze;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.storage.api.AggregationKind;

/** The built-in aggregation functions, with their SQL names, input checks and result types. */
public enum AggregationFunction {
  COUNT("count", List.of(AggregationKind.COUNT)),
  SUM("sum", List.of(AggregationKind.SUM)),
  AVG("avg", List.of(AggregationKind.SUM, AggregationKind.COUNT)),
  MIN_VALUE("min_value", List.of(AggregationKind.MIN_VALUE)),
  MAX_VALUE("max_value", List.of(AggregationKind.MAX_VALUE)),
  FIRST_VALUE("first_value", List.of(AggregationKind.FIRST_VALUE, AggregationKind.MIN_TIME)),
  LAST_VALUE("last_value", List.of(AggregationKind.LAST_VALUE, AggregationKind.MAX_TIME)),
  MIN_TIME("min_time", List.of(AggregationKind.MIN_TIME)),
  MAX_TIME("max_time", List.of(AggregationKind.MAX_TIME)),
  EXTREME("extreme", List.of(AggregationKind.EXTREME));

  private static final Set<TSDataType> NUMERIC =
      EnumSet.of(TSDataType.INT32, TSDataType.INT64, TSDataType.FLOAT, TSDataType.DOUBLE);
  private static final Set<TSDataType> ORDERED =
      EnumSet.of(
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.DATE,
          TSDataType.TIMESTAMP);

  private final String sqlName;
  private final List<AggregationKind> partials;

  AggregationFunction(String sqlName, List<AggregationKind> partials) {
    this.sqlName = sqlName;
    this.partials = partials;
  }

  /** The lower-case SQL name, as in column names such as {@code count(root.sg.d1.s1)}. */
  public String sqlName() {
    return sqlName;
  }

  /**
   * The partial aggregates a region computes so that results of several regions can be merged: AVG
   * needs SUM and COUNT, FIRST_VALUE needs the time of the first value, and so on.
   */
  public List<AggregationKind> partials() {
    return partials;
  }

  /** The function of a (case-insensitive) SQL name. */
  public static Optional<AggregationFunction> byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (AggregationFunction f : values()) {
      if (f.sqlName.equals(lower)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #byName}, failing with SEMANTIC_ERROR for an unknown name. */
  public static AggregationFunction require(String name) {
    return byName(name)
        .orElseThrow(
            () ->
                new StrataException(
                    StatusCode.SEMANTIC_ERROR, "Unknown aggregation function: " + name));
  }

  /**
   * The result type for an input of {@code input} type.
   *
   * @throws StrataException SEMANTIC_ERROR when the function does not apply to the type
   */
  public TSDataType resultType(TSDataType input) {
    switch (this) {
      case COUNT:
      case MIN_TIME:
      case MAX_TIME:
        return TSDataType.INT64;
      case SUM:
      case AVG:
        requireType(input, NUMERIC);
        return TSDataType.DOUBLE;
      case EXTREME:
        requireType(input, NUMERIC);
        return input;
      case MIN_VALUE:
      case MAX_VALUE:
        requireType(input, ORDERED);
        return input;
      default:
        return input;
    }
  }

  private void requireType(TSDataType input, Set<TSDataType> allowed) {
    if (!allowed.contains(input)) {
      throw new StrataException(
          StatusCode.SEMANTIC_ERROR,
          "Aggregate function ["
              + name()
              + "] does not support data type "
              + input
              + ", only "
              + allowed);
    }
  }
}
