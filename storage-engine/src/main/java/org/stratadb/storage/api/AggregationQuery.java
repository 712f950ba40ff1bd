package org.stratadb.storage.api;

import java.util.List;
import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;

/**
 * Aggregations of one series over a time range, optionally in windows: with {@code interval > 0}
 * the range is cut into windows {@code [start + k*step, start + k*step + interval)} clipped to the
 * range, as IoTDB's {@code GROUP BY ([start, end), interval, step)}; otherwise the whole range is
 * one window.
 */
public record AggregationQuery(
    String device,
    boolean aligned,
    String measurement,
    TSDataType type,
    List<AggregationKind> kinds,
    TimeRange range,
    long interval,
    long step) {

  public AggregationQuery {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(type, "type");
    kinds = List.copyOf(kinds);
    Objects.requireNonNull(range, "range");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("no aggregation asked for");
    }
    if (interval < 0 || (interval > 0 && step <= 0)) {
      throw new IllegalArgumentException("a windowed aggregation needs interval > 0 and step > 0");
    }
  }

  public static AggregationQuery whole(
      String device,
      boolean aligned,
      String measurement,
      TSDataType type,
      List<AggregationKind> kinds,
      TimeRange range) {
    return new AggregationQuery(device, aligned, measurement, type, kinds, range, 0, 0);
  }
}
