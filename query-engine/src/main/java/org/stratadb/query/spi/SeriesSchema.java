package org.stratadb.query.spi;

import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.path.PartialPath;

/**
 * One concrete timeseries as the schema engine knows it.
 *
 * @param device the device path, e.g. {@code root.sg.d1}
 * @param measurement the measurement name (never the alias)
 * @param type the series' data type
 * @param aligned whether the device is aligned
 * @param alias the measurement alias, or null when it has none
 */
public record SeriesSchema(
    PartialPath device, String measurement, TSDataType type, boolean aligned, String alias) {

  public SeriesSchema {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(type, "type");
  }

  public static SeriesSchema of(String device, String measurement, TSDataType type) {
    return new SeriesSchema(PartialPath.parseFull(device), measurement, type, false, null);
  }

  /** The full path {@code device.measurement}. */
  public PartialPath path() {
    return device.child(measurement);
  }
}
