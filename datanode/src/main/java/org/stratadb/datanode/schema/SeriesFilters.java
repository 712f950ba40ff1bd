package org.stratadb.datanode.schema;

import java.util.function.Predicate;
import org.apache.tsfile.enums.TSDataType;

/** The {@code WHERE} conditions of {@code SHOW/COUNT TIMESERIES}, as series predicates. */
public final class SeriesFilters {
  private SeriesFilters() {}

  /** {@code WHERE TAGS(key) = value}. */
  public static Predicate<SeriesSchema> tagEquals(String key, String value) {
    return s -> value.equals(s.tags().get(key));
  }

  /** {@code WHERE TAGS(key) CONTAINS value}. */
  public static Predicate<SeriesSchema> tagContains(String key, String value) {
    return s -> {
      String v = s.tags().get(key);
      return v != null && v.contains(value);
    };
  }

  /** {@code WHERE TIMESERIES CONTAINS text}: the full path holds the text. */
  public static Predicate<SeriesSchema> pathContains(String text) {
    return s -> s.path().toString().contains(text);
  }

  /** {@code WHERE DATATYPE = type}. */
  public static Predicate<SeriesSchema> dataTypeIs(TSDataType type) {
    return s -> s.type() == type;
  }
}
