package org.stratadb.datanode.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StrataException;
import org.stratadb.storage.api.ColumnSpec;

/**
 * What {@link SchemaRegion#resolveWrite} found for each column of one device's write: the column's
 * schema, or why it cannot be written. Owned by the caller and reused from write to write (one per
 * thread, say), so resolving the columns of an existing device allocates nothing.
 *
 * <p>A column is in one of three states: resolved ({@link #column} non-null), failed ({@link
 * #failure} non-null: type mismatch, missing series without auto-creation, a creation error), or
 * skipped (its measurement name was null, or its type was unknown and the series does not exist).
 */
public final class WriteColumns {
  private ColumnSpec[] columns = new ColumnSpec[16];
  private StrataException[] failures = new StrataException[16];
  private Object[] values = new Object[16];
  private int count;
  private int failedCount;
  private boolean aligned;
  private DeviceSchema device;

  /** Clears the result for a write of {@code columnCount} columns. */
  void reset(int columnCount) {
    if (columns.length < columnCount) {
      int size = Math.max(columnCount, columns.length * 2);
      columns = new ColumnSpec[size];
      failures = new StrataException[size];
      values = new Object[size];
    } else {
      Arrays.fill(columns, 0, count, null);
      if (failedCount > 0) {
        Arrays.fill(failures, 0, count, null);
      }
      Arrays.fill(values, 0, count, null);
    }
    count = columnCount;
    failedCount = 0;
    device = null;
  }

  void resolved(int index, ColumnSpec column) {
    columns[index] = column;
  }

  void failed(int index, StrataException failure) {
    columns[index] = null;
    if (failures[index] == null) {
      failedCount++;
    }
    failures[index] = failure;
  }

  void device(DeviceSchema schema) {
    this.device = schema;
    this.aligned = schema.aligned();
  }

  void aligned(boolean deviceAligned) {
    this.aligned = deviceAligned;
  }

  void value(int index, Object value) {
    values[index] = value;
  }

  /** The number of columns of the write. */
  public int count() {
    return count;
  }

  /** The schema to write column {@code index} with, or null if it failed or was skipped. */
  public ColumnSpec column(int index) {
    return columns[index];
  }

  /** Why column {@code index} cannot be written, or null. */
  public StrataException failure(int index) {
    return failures[index];
  }

  public int failedCount() {
    return failedCount;
  }

  /**
   * Whether the device is aligned. When every column existed this is the device's own alignment,
   * which wins over the write's: write the data with it.
   */
  public boolean aligned() {
    return aligned;
  }

  /** The device's schema after the write's auto-creation, or null if the device has none. */
  public DeviceSchema device() {
    return device;
  }

  /**
   * The typed value of column {@code index} after {@link SchemaRegion#resolveTextWrite}: Boolean,
   * Integer, Long, Float, Double or {@code org.apache.tsfile.utils.Binary}; null when the text was
   * {@code null} or the column failed.
   */
  public Object value(int index) {
    return values[index];
  }

  /** The registered type of a resolved column, or null. */
  public TSDataType type(int index) {
    ColumnSpec column = columns[index];
    return column == null ? null : column.type();
  }

  /**
   * The failures summed up as IoTDB reports a partially failed insert (507, {@code Fail to insert
   * measurements [..] caused by [..]}), or null if no column failed.
   */
  public StrataException summary(String[] measurements) {
    if (failedCount == 0) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<String> causes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (failures[i] != null) {
        names.add(measurements[i]);
        causes.add(failures[i].getMessage());
      }
    }
    return SchemaErrors.insertFailed(names, causes);
  }
}
