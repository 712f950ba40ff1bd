package org.stratadb.storage.api;

import java.util.Objects;
import org.apache.tsfile.utils.BitMap;

/**
 * A columnar batch of rows for one device: the engine's write type for {@code insertTablet}, and
 * for {@code insertRows} once rows are gathered. Values are primitive arrays, one per column,
 * chosen by the column type: {@code boolean[]} (BOOLEAN), {@code int[]} (INT32, DATE), {@code
 * long[]} (INT64, TIMESTAMP), {@code float[]}, {@code double[]}, {@code Binary[]} (TEXT, STRING,
 * BLOB). A set bit in a column's {@link BitMap} marks a null; a null bitmap array, or a null entry
 * in it, means the column has no nulls. Times need not be sorted.
 *
 * <p>The engine copies what it keeps, so the caller may reuse the arrays once a write returns.
 */
public final class Tablet {
  private final String device;
  private final boolean aligned;
  private final ColumnSpec[] columns;
  private final long[] times;
  private final Object[] values;
  private final BitMap[] nulls;
  private final int rowCount;

  public Tablet(
      String device,
      boolean aligned,
      ColumnSpec[] columns,
      long[] times,
      Object[] values,
      BitMap[] nulls,
      int rowCount) {
    this.device = Objects.requireNonNull(device, "device");
    this.aligned = aligned;
    this.columns = Objects.requireNonNull(columns, "columns");
    this.times = Objects.requireNonNull(times, "times");
    this.values = Objects.requireNonNull(values, "values");
    this.nulls = nulls;
    this.rowCount = rowCount;
    TabletChecks.check(this);
  }

  /**
   * The same rows and values under other column specs (e.g. with the schema's encodings) and
   * alignment; nothing is copied.
   */
  public Tablet withColumns(ColumnSpec[] newColumns, boolean newAligned) {
    if (newColumns.length != columns.length) {
      throw new IllegalArgumentException(
          "a tablet of " + columns.length + " columns cannot take " + newColumns.length + " specs");
    }
    return new Tablet(device, newAligned, newColumns, times, values, nulls, rowCount);
  }

  public String device() {
    return device;
  }

  public boolean aligned() {
    return aligned;
  }

  public int columnCount() {
    return columns.length;
  }

  public ColumnSpec column(int index) {
    return columns[index];
  }

  public int rowCount() {
    return rowCount;
  }

  public long time(int row) {
    return times[row];
  }

  /** The backing time array; only the first {@link #rowCount()} entries are rows. */
  public long[] times() {
    return times;
  }

  /** The backing value array of a column; see the class comment for its type. */
  public Object values(int column) {
    return values[column];
  }

  public boolean isNull(int column, int row) {
    BitMap bitMap = nulls == null ? null : nulls[column];
    return bitMap != null && bitMap.isMarked(row);
  }

  /** Whether any row of the column may be null: lets hot loops skip the per-row check. */
  public boolean mayHaveNulls(int column) {
    return nulls != null && nulls[column] != null && !nulls[column].isAllUnmarked(rowCount);
  }
}
