package org.stratadb.storage.memtable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;

/** A non-aligned device: each measurement has its own time list and stores no nulls. */
final class NonAlignedDevice implements DeviceBuffer {
  private final Map<String, PointList> series = new LinkedHashMap<>();

  @Override
  public boolean aligned() {
    return false;
  }

  @Override
  public List<ColumnSpec> columns() {
    List<ColumnSpec> specs = new ArrayList<>(series.size());
    for (PointList list : series.values()) {
      specs.add(list.column(0).spec());
    }
    return specs;
  }

  @Override
  public long insert(Tablet tablet, int[] rows, int rowCount, MemoryCounter memory) {
    for (int c = 0; c < tablet.columnCount(); c++) {
      PointList list = series.get(tablet.column(c).measurement());
      SchemaChecks.checkType(tablet, c, list == null ? null : list.column(0).spec());
    }
    RowRuns runs = new RowRuns();
    long stored = 0;
    for (int c = 0; c < tablet.columnCount(); c++) {
      runs.build(tablet, c, rows, rowCount);
      if (runs.stored() == 0) {
        continue;
      }
      PointList list = series(tablet.column(c), memory);
      int base = list.size();
      list.times().append(tablet.times(), runs, memory);
      list.column(0).append(tablet.values(c), runs, base, true, memory);
      stored += runs.stored();
    }
    return stored;
  }

  private PointList series(ColumnSpec spec, MemoryCounter memory) {
    PointList list = series.get(spec.measurement());
    if (list == null) {
      list = new PointList();
      list.addColumn(spec, memory);
      series.put(spec.measurement(), list);
    }
    return list;
  }

  @Override
  public MemTableCursor cursor(String measurement, TimeRange range) {
    PointList list = series.get(measurement);
    return list == null ? null : list.cursor(new ValueColumn[] {list.column(0)}, range);
  }

  @Override
  public long pointCount(String measurement) {
    PointList list = series.get(measurement);
    return list == null ? 0 : list.column(0).count();
  }

  @Override
  public long minTime() {
    long min = Long.MAX_VALUE;
    for (PointList list : series.values()) {
      min = Math.min(min, list.times().minTime());
    }
    return min;
  }

  @Override
  public long maxTime() {
    long max = Long.MIN_VALUE;
    for (PointList list : series.values()) {
      max = Math.max(max, list.times().maxTime());
    }
    return max;
  }

  @Override
  public long delete(String measurement, TimeRange range) {
    PointList list = series.get(measurement);
    return list == null ? 0 : list.delete(0, range);
  }
}
