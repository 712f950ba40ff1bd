package org.stratadb.query.sql.ast;

import java.util.List;
import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code CREATE ALIGNED TIMESERIES root.sg.d(s1 INT32 encoding=RLE, s2 FLOAT ...)}.
 *
 * @param device the device path; each measurement is a child of it
 */
public record CreateAlignedTimeseries(PartialPath device, List<AlignedMeasurement> measurements)
    implements Statement {
  public CreateAlignedTimeseries {
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitCreateAlignedTimeseries(this);
  }
}
