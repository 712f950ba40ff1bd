package org.stratadb.datanode.schema;

import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.path.PartialPath;

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

  /** The full path of the series. */
  public PartialPath path() {
    return device.child(measurement.name());
  }
}
