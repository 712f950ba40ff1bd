package org.stratadb.storage.memtable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;

/**
 * An aligned device: one time list shared by all its measurements, a null cell leaving the column's
 * presence bit clear. Rows whose cells are all null are not stored.
 */
final class AlignedDevice implements DeviceBuffer {
  private final PointList points = new PointList();
  private final Map<String, Integer> indexOf = new HashMap<>();
  private final List<ColumnSpec> specs = new ArrayList<>();

  @Override
  public boolean aligned() {
    return true;
  }

  @Override
  public List<ColumnSpec> columns() {
    return List.copyOf(specs);
  }

  @Override
  public long insert(Tablet tablet, int[] rows, int rowCount, MemoryCounter memory) {
    for (int c = 0; c < tablet.columnCount(); c++) {
      Integer index = indexOf.get(tablet.column(c).measurement());
      SchemaChecks.checkType(tablet, c, index == null ? null : specs.get(index));
    }
    int[] targets = targets(tablet, memory);
    int[] kept = rowsWithValues(tablet, rows, rowCount);
    int keptCount = kept == rows ? rowCount : kept.length;
    RowRuns runs = new RowRuns().build(tablet, -1, kept, keptCount);
    int base = points.size();
    points.times().append(tablet.times(), runs, memory);
    long stored = 0;
    for (int c = 0; c < tablet.columnCount(); c++) {
      runs.build(tablet, c, kept, keptCount);
      points.column(targets[c]).append(tablet.values(c), runs, base, false, memory);
      stored += runs.stored();
    }
    return stored;
  }

  private int[] targets(Tablet tablet, MemoryCounter memory) {
    int[] targets = new int[tablet.columnCount()];
    for (int c = 0; c < targets.length; c++) {
      ColumnSpec spec = tablet.column(c);
      Integer index = indexOf.get(spec.measurement());
      if (index == null) {
        index = points.addColumn(spec, memory);
        indexOf.put(spec.measurement(), index);
        specs.add(spec);
      }
      targets[c] = index;
    }
    return targets;
  }

  /**
   * The selected rows with at least one non-null cell: {@code rows} itself when that is all of
   * them, otherwise a new, shorter array.
   */
  private static int[] rowsWithValues(Tablet tablet, int[] rows, int rowCount) {
    boolean nullable = false;
    for (int c = 0; c < tablet.columnCount() && !nullable; c++) {
      nullable = tablet.mayHaveNulls(c);
    }
    if (!nullable) {
      return rows;
    }
    int[] kept = new int[rowCount];
    int count = 0;
    for (int i = 0; i < rowCount; i++) {
      int row = rows == null ? i : rows[i];
      for (int c = 0; c < tablet.columnCount(); c++) {
        if (!tablet.isNull(c, row)) {
          kept[count++] = row;
          break;
        }
      }
    }
    return count == rowCount ? rows : Arrays.copyOf(kept, count);
  }

  @Override
  public MemTableCursor cursor(String measurement, TimeRange range) {
    Integer index = indexOf.get(measurement);
    return index == null ? null : points.cursor(new ValueColumn[] {points.column(index)}, range);
  }

  /** A cursor over several measurements; one this device lacks reads as all nulls. */
  MemTableCursor cursor(List<String> measurements, TimeRange range) {
    ValueColumn[] selected = new ValueColumn[measurements.size()];
    for (int i = 0; i < selected.length; i++) {
      Integer index = indexOf.get(measurements.get(i));
      selected[i] = index == null ? null : points.column(index);
    }
    return points.cursor(selected, range);
  }

  @Override
  public long pointCount(String measurement) {
    Integer index = indexOf.get(measurement);
    return index == null ? 0 : points.column(index).count();
  }

  @Override
  public long minTime() {
    return points.times().minTime();
  }

  @Override
  public long maxTime() {
    return points.times().maxTime();
  }

  @Override
  public long delete(String measurement, TimeRange range) {
    Integer index = indexOf.get(measurement);
    return index == null ? 0 : points.delete(index, range);
  }
}
