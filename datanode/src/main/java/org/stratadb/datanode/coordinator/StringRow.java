package org.stratadb.datanode.coordinator;

import java.util.List;

/** One row of an {@code insertStringRecord(s)} request: values as text, types not yet known. */
public record StringRow(
    String device, boolean aligned, long time, List<String> measurements, List<String> values) {
  public StringRow {
    measurements = List.copyOf(measurements);
    values = List.copyOf(values);
    if (measurements.size() != values.size()) {
      throw new IllegalArgumentException("one value per measurement");
    }
  }
}
