package org.stratadb.datanode.schema;

import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.coordinator.TimeseriesSpec;

/** One non-aligned series of a batch creation: its device and its measurement. */
public record CreateSeries(PartialPath device, MeasurementSpec measurement) {
  public CreateSeries {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(measurement, "measurement");
  }

  /** The series at {@code fullPath} with default encoding and compressor. */
  public static CreateSeries of(String fullPath, TSDataType type) {
    PartialPath path = PartialPath.parseFull(fullPath);
    return new CreateSeries(path.parent(), MeasurementSpec.of(path.lastNode(), type));
  }

  /** A series of {@code CREATE TIMESERIES} as the coordinator received it (a full path). */
  public static CreateSeries of(TimeseriesSpec spec) {
    PartialPath path = PartialPath.parseFull(spec.path());
    return new CreateSeries(path.parent(), measurementOf(path.lastNode(), spec));
  }

  /**
   * A measurement of {@code CREATE ALIGNED TIMESERIES} as the coordinator received it (its path is
   * the measurement name).
   */
  public static MeasurementSpec alignedMeasurement(TimeseriesSpec spec) {
    return measurementOf(spec.path(), spec);
  }

  private static MeasurementSpec measurementOf(String name, TimeseriesSpec spec) {
    return new MeasurementSpec(
        name,
        spec.dataType(),
        spec.encoding(),
        spec.compressor(),
        spec.alias(),
        spec.tags(),
        spec.attributes(),
        null);
  }

  /** The full path of the series. */
  public PartialPath path() {
    return device.child(measurement.name());
  }
}
