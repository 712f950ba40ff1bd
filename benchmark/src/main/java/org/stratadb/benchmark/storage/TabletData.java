package org.stratadb.benchmark.storage;

import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.write.schema.IMeasurementSchema;
import org.apache.tsfile.write.schema.MeasurementSchema;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

/**
 * The column arrays of one tablet, reused for every tablet of a run, and the tablets of either
 * writer that wrap them. Both writers copy what they keep before a write returns, so refilling the
 * arrays for the next tablet is safe and the benchmark allocates no per-point garbage of its own.
 */
final class TabletData {
  private final Workload workload;
  private final ColumnSpec[] columns;
  private final List<IMeasurementSchema> schemas;
  private final long[] times;
  private final Object[] values;
  private final String[] devices;

  TabletData(Workload workload) {
    this.workload = workload;
    this.devices = new String[workload.devices()];
    for (int d = 0; d < devices.length; d++) {
      devices[d] = workload.device(d);
    }
    this.columns = workload.columns();
    this.schemas = schemasOf(columns);
    this.times = new long[workload.rows()];
    this.values = new Object[workload.sensors()];
    for (int s = 0; s < values.length; s++) {
      values[s] =
          s < workload.doubleSensors() ? new double[workload.rows()] : new long[workload.rows()];
    }
  }

  /** The same schemas StrataDB's flush writes: the column's type, encoding and compressor. */
  static List<IMeasurementSchema> schemasOf(ColumnSpec[] columns) {
    List<IMeasurementSchema> schemas = new ArrayList<>(columns.length);
    for (ColumnSpec column : columns) {
      schemas.add(
          new MeasurementSchema(
              column.measurement(), column.type(), column.encoding(), column.compressor()));
    }
    return schemas;
  }

  long[] times() {
    return times;
  }

  double[] doubles(int sensor) {
    return (double[]) values[sensor];
  }

  long[] longs(int sensor) {
    return (long[]) values[sensor];
  }

  List<IMeasurementSchema> schemas() {
    return schemas;
  }

  Tablet strataTablet(int device) {
    return new Tablet(devices[device], false, columns, times, values, null, workload.rows());
  }

  org.apache.tsfile.write.record.Tablet tsFileTablet(int device) {
    return new org.apache.tsfile.write.record.Tablet(
        devices[device], schemas, times, values, null, workload.rows());
  }
}
