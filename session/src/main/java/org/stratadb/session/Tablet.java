package org.stratadb.session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.stratadb.session.internal.DateCodec;

/**
 * Rows of one device in columnar form, the unit of {@link Session#insertTablet}: one timestamp
 * array, one primitive array per measurement and an optional null bitmap per measurement.
 *
 * <p>Column arrays by type: BOOLEAN {@code boolean[]}, INT32 and DATE ({@code yyyyMMdd}) {@code
 * int[]}, INT64 and TIMESTAMP {@code long[]}, FLOAT {@code float[]}, DOUBLE {@code double[]}, TEXT,
 * STRING and BLOB {@code byte[][]}. Writers may fill the arrays returned by {@link #timestamps()}
 * and the typed column getters directly and then call {@link #setRowSize}; that is the fastest way
 * to build a tablet. A tablet is reused after {@link #reset()}. It is not thread-safe.
 */
public final class Tablet {
  /** Row capacity of a tablet built without one. */
  public static final int DEFAULT_MAX_ROWS = 1024;

  private final String deviceId;
  private final List<String> measurements;
  private final List<TSDataType> typeList;
  private final TSDataType[] types;
  private final int maxRowCount;
  private final long[] timestamps;
  private final Object[] columns;
  private final byte[][] nullBits;
  private int rowSize;
  private boolean aligned;

  public Tablet(String deviceId, List<String> measurements, List<TSDataType> types) {
    this(deviceId, measurements, types, DEFAULT_MAX_ROWS);
  }

  public Tablet(
      String deviceId, List<String> measurements, List<TSDataType> types, int maxRowCount) {
    if (measurements.size() != types.size()) {
      throw new IllegalArgumentException(
          "measurements and types differ in size: " + measurements.size() + " vs " + types.size());
    }
    if (maxRowCount <= 0) {
      throw new IllegalArgumentException("maxRowCount must be positive: " + maxRowCount);
    }
    this.deviceId = deviceId;
    this.measurements = List.copyOf(measurements);
    this.typeList = List.copyOf(types);
    this.types = types.toArray(new TSDataType[0]);
    this.maxRowCount = maxRowCount;
    this.timestamps = new long[maxRowCount];
    this.columns = new Object[this.types.length];
    this.nullBits = new byte[this.types.length][];
    for (int i = 0; i < this.types.length; i++) {
      columns[i] = newColumn(this.types[i], maxRowCount);
    }
  }

  private static Object newColumn(TSDataType type, int rows) {
    switch (type) {
      case BOOLEAN:
        return new boolean[rows];
      case INT32:
      case DATE:
        return new int[rows];
      case INT64:
      case TIMESTAMP:
        return new long[rows];
      case FLOAT:
        return new float[rows];
      case DOUBLE:
        return new double[rows];
      default:
        return new byte[rows][];
    }
  }

  public String getDeviceId() {
    return deviceId;
  }

  public List<String> getMeasurements() {
    return measurements;
  }

  public List<TSDataType> getTypes() {
    return Collections.unmodifiableList(typeList);
  }

  /** The type of column {@code col}. */
  public TSDataType type(int col) {
    return types[col];
  }

  public int getColumnCount() {
    return types.length;
  }

  public int getMaxRowCount() {
    return maxRowCount;
  }

  public int getRowSize() {
    return rowSize;
  }

  /** Sets how many rows, from row 0, are filled. */
  public void setRowSize(int rowSize) {
    if (rowSize < 0 || rowSize > maxRowCount) {
      throw new IllegalArgumentException("row size out of [0, " + maxRowCount + "]: " + rowSize);
    }
    this.rowSize = rowSize;
  }

  public boolean isAligned() {
    return aligned;
  }

  /** Marks the device as aligned (all its measurements share one time column on the server). */
  public Tablet setAligned(boolean aligned) {
    this.aligned = aligned;
    return this;
  }

  /** Empties the tablet for reuse: no rows, no nulls. */
  public void reset() {
    rowSize = 0;
    for (byte[] bits : nullBits) {
      if (bits != null) {
        Arrays.fill(bits, (byte) 0);
      }
    }
  }

  public boolean isFull() {
    return rowSize == maxRowCount;
  }

  /** Appends a row with this timestamp and all values unset; returns its index. */
  public int addRow(long timestamp) {
    if (rowSize == maxRowCount) {
      throw new IllegalStateException("tablet is full: " + maxRowCount + " rows");
    }
    timestamps[rowSize] = timestamp;
    return rowSize++;
  }

  /** The index of a measurement, or -1. */
  public int columnIndex(String measurement) {
    return measurements.indexOf(measurement);
  }

  // ---- direct array access -------------------------------------------------------------------

  public long[] timestamps() {
    return timestamps;
  }

  public boolean[] booleanColumn(int col) {
    return (boolean[]) columns[col];
  }

  public int[] intColumn(int col) {
    return (int[]) columns[col];
  }

  public long[] longColumn(int col) {
    return (long[]) columns[col];
  }

  public float[] floatColumn(int col) {
    return (float[]) columns[col];
  }

  public double[] doubleColumn(int col) {
    return (double[]) columns[col];
  }

  public byte[][] binaryColumn(int col) {
    return (byte[][]) columns[col];
  }

  /** The raw column array of {@code col} (see the class comment for its type). */
  public Object column(int col) {
    return columns[col];
  }

  // ---- typed setters ----------------------------------------------------------------------------

  public void setTimestamp(int row, long timestamp) {
    timestamps[row] = timestamp;
  }

  public void setBoolean(int col, int row, boolean value) {
    booleanColumn(col)[row] = value;
    clearNull(col, row);
  }

  public void setInt(int col, int row, int value) {
    intColumn(col)[row] = value;
    clearNull(col, row);
  }

  public void setLong(int col, int row, long value) {
    longColumn(col)[row] = value;
    clearNull(col, row);
  }

  public void setFloat(int col, int row, float value) {
    floatColumn(col)[row] = value;
    clearNull(col, row);
  }

  public void setDouble(int col, int row, double value) {
    doubleColumn(col)[row] = value;
    clearNull(col, row);
  }

  /** Sets a TEXT, STRING or BLOB value; null marks the slot null. */
  public void setBinary(int col, int row, byte[] value) {
    if (value == null) {
      setNull(col, row);
      return;
    }
    binaryColumn(col)[row] = value;
    clearNull(col, row);
  }

  /** Sets a TEXT or STRING value as UTF-8; null marks the slot null. */
  public void setText(int col, int row, String value) {
    setBinary(col, row, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sets a value of any type from a boxed object (slow path, for convenience): Boolean, Number,
   * String, byte[] or {@link java.time.LocalDate} for DATE; null marks the slot null.
   */
  public void setValue(int col, int row, Object value) {
    if (value == null) {
      setNull(col, row);
      return;
    }
    switch (types[col]) {
      case BOOLEAN:
        setBoolean(col, row, (Boolean) value);
        break;
      case INT32:
        setInt(col, row, ((Number) value).intValue());
        break;
      case DATE:
        setInt(col, row, DateCodec.toInt(value));
        break;
      case INT64:
      case TIMESTAMP:
        setLong(col, row, ((Number) value).longValue());
        break;
      case FLOAT:
        setFloat(col, row, ((Number) value).floatValue());
        break;
      case DOUBLE:
        setDouble(col, row, ((Number) value).doubleValue());
        break;
      default:
        setBinary(
            col,
            row,
            value instanceof byte[]
                ? (byte[]) value
                : value.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** {@link #setValue(int, int, Object)} by measurement name. */
  public void setValue(String measurement, int row, Object value) {
    int col = columnIndex(measurement);
    if (col < 0) {
      throw new IllegalArgumentException("no measurement " + measurement + " in " + deviceId);
    }
    setValue(col, row, value);
  }

  // ---- nulls ---------------------------------------------------------------------------------

  public void setNull(int col, int row) {
    byte[] bits = nullBits[col];
    if (bits == null) {
      bits = new byte[maxRowCount / 8 + 1];
      nullBits[col] = bits;
    }
    bits[row >>> 3] |= (byte) (1 << (row & 7));
  }

  private void clearNull(int col, int row) {
    byte[] bits = nullBits[col];
    if (bits != null) {
      bits[row >>> 3] &= (byte) ~(1 << (row & 7));
    }
  }

  public boolean isNull(int col, int row) {
    byte[] bits = nullBits[col];
    return bits != null && (bits[row >>> 3] & (1 << (row & 7))) != 0;
  }

  /** Whether column {@code col} has a null among the first {@code rows} rows. */
  public boolean hasNull(int col, int rows) {
    byte[] bits = nullBits[col];
    if (bits == null) {
      return false;
    }
    int full = rows >>> 3;
    for (int i = 0; i < full; i++) {
      if (bits[i] != 0) {
        return true;
      }
    }
    int rest = rows & 7;
    return rest != 0 && (bits[full] & ((1 << rest) - 1)) != 0;
  }

  /**
   * The null bitmap of column {@code col}: bit {@code row % 8} of byte {@code row / 8} is set when
   * the row is null, or null if no slot of this column was ever marked.
   */
  public byte[] nullBitmap(int col) {
    return nullBits[col];
  }

  // ---- ordering -------------------------------------------------------------------------------

  /** Whether the filled rows are in non-decreasing time order. */
  public boolean isSorted() {
    for (int i = 1; i < rowSize; i++) {
      if (timestamps[i] < timestamps[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Reorders the filled rows by time (stable), moving values and nulls with them. */
  public void sortByTime() {
    if (isSorted()) {
      return;
    }
    int[] order = TimeOrder.sortedIndexes(timestamps, rowSize);
    long[] t = new long[rowSize];
    for (int i = 0; i < rowSize; i++) {
      t[i] = timestamps[order[i]];
    }
    System.arraycopy(t, 0, timestamps, 0, rowSize);
    for (int c = 0; c < columns.length; c++) {
      Object permuted = newColumn(types[c], rowSize);
      for (int i = 0; i < rowSize; i++) {
        //noinspection SuspiciousSystemArraycopy
        System.arraycopy(columns[c], order[i], permuted, i, 1);
      }
      System.arraycopy(permuted, 0, columns[c], 0, rowSize);
      byte[] bits = nullBits[c];
      if (bits != null) {
        byte[] sortedBits = new byte[bits.length];
        for (int i = 0; i < rowSize; i++) {
          if ((bits[order[i] >>> 3] & (1 << (order[i] & 7))) != 0) {
            sortedBits[i >>> 3] |= (byte) (1 << (i & 7));
          }
        }
        System.arraycopy(sortedBits, 0, bits, 0, bits.length);
      }
    }
  }
}
