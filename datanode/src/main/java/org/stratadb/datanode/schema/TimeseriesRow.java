package org.stratadb.datanode.schema;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of {@code SHOW TIMESERIES}, cell by cell as IoTDB 1.3 prints them; a null cell is shown
 * as {@code null}. Tags and attributes are JSON objects with keys in sorted order.
 */
public record TimeseriesRow(
    String timeseries,
    String alias,
    String database,
    String dataType,
    String encoding,
    String compression,
    String tags,
    String attributes,
    String deadband,
    String deadbandParameters,
    String viewType) {

  /** The column names, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "Timeseries",
          "Alias",
          "Database",
          "DataType",
          "Encoding",
          "Compression",
          "Tags",
          "Attributes",
          "Deadband",
          "DeadbandParameters",
          "ViewType");

  private static final List<String> SDT_PARAMETERS =
      List.of("compdev", "compmintime", "compmaxtime");

  public static TimeseriesRow of(SeriesSchema series) {
    Map<String, String> props = series.props();
    String loss = props.get("loss");
    TreeMap<String, String> parameters = new TreeMap<>();
    for (String key : SDT_PARAMETERS) {
      String value = props.get(key);
      if (value != null) {
        parameters.put(key, value);
      }
    }
    return new TimeseriesRow(
        series.path().toString(),
        series.alias(),
        series.database().toString(),
        series.type().name(),
        series.encoding().name(),
        series.compressor().name(),
        json(series.tags()),
        json(series.attributes()),
        loss == null ? null : loss.toUpperCase(java.util.Locale.ROOT),
        parameters.isEmpty() ? null : parameters.toString(),
        "BASE");
  }

  /** The cells in column order. */
  public List<String> cells() {
    return java.util.Arrays.asList(
        timeseries,
        alias,
        database,
        dataType,
        encoding,
        compression,
        tags,
        attributes,
        deadband,
        deadbandParameters,
        viewType);
  }

  static String json(Map<String, String> map) {
    if (map.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
    }
    return out.append('}').toString();
  }
}
