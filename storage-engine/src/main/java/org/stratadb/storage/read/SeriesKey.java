package org.stratadb.storage.read;

import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;

/**
 * One series of the tree model and the type a read expects: stored chunks of another type (left
 * from before the series was deleted and re-created) are not part of it.
 */
public record SeriesKey(String device, String measurement, TSDataType type) {
  public SeriesKey {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(type, "type");
  }
}
