package org.stratadb.storage.api;

import java.util.List;
import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;

/**
 * A raw-data read of some measurements of one device over a time range. The result is a sequence of
 * TsBlocks in ascending time order whose value columns follow {@code measurements}; a row is
 * present when at least one of the measurements has a value at that time (and the filter holds),
 * absent values are nulls.
 *
 * @param filter optional value predicate, or null
 * @param maxRowsPerBlock upper bound of rows in one returned TsBlock
 */
public record SeriesScan(
    String device,
    boolean aligned,
    List<String> measurements,
    List<TSDataType> types,
    TimeRange range,
    ValueFilter filter,
    int maxRowsPerBlock) {

  public static final int DEFAULT_BLOCK_ROWS = 4096;

  public SeriesScan {
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    types = List.copyOf(types);
    Objects.requireNonNull(range, "range");
    if (measurements.size() != types.size() || measurements.isEmpty()) {
      throw new IllegalArgumentException("a scan needs one type per measurement, at least one");
    }
    if (maxRowsPerBlock <= 0) {
      throw new IllegalArgumentException("maxRowsPerBlock must be positive");
    }
  }

  public static SeriesScan of(
      String device, boolean aligned, List<String> measurements, List<TSDataType> types) {
    return new SeriesScan(
        device, aligned, measurements, types, TimeRange.ALL, null, DEFAULT_BLOCK_ROWS);
  }
}
