package org.stratadb.query.sql.ast;

import java.util.Objects;

/** One measurement of CREATE ALIGNED TIMESERIES: its name under the device and its settings. */
public record AlignedMeasurement(String name, SeriesSpec spec) {
  public AlignedMeasurement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
  }
}
