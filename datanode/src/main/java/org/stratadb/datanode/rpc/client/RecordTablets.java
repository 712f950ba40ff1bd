package org.stratadb.datanode.rpc.client;

import static org.stratadb.datanode.rpc.client.WireTypes.illegal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.utils.BitMap;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

/**
 * Gathers the typed rows of {@code insertRecord(s)} into {@link Tablet}s: the rows of one device
 * become one tablet over all the measurements they mention, with nulls where a row lacks one. When
 * a row gives a measurement another type than earlier rows did, the device's tablet so far is
 * finished and a new one begun, so the rows of a device keep their order.
 *
 * <p>Each row's value buffer holds, per measurement, a type byte and the value (big-endian, text as
 * an int32 length and the bytes), or the type byte -2 alone for a null value.
 */
final class RecordTablets {
  /** The type byte of a null value in a record. */
  static final byte TYPE_NULL = -2;

  private final Map<String, Batch> open = new LinkedHashMap<>();
  private final List<Tablet> done = new ArrayList<>();
  private final int expectedRows;

  /**
   * @param expectedRows rows the caller will add, to size the arrays once
   */
  RecordTablets(int expectedRows) {
    this.expectedRows = Math.max(1, expectedRows);
  }

  /**
   * Adds one row.
   *
   * @throws org.stratadb.commons.error.StrataException ILLEGAL_PARAMETER for a malformed row
   */
  void add(
      String device, boolean aligned, long time, List<String> measurements, ByteBuffer values) {
    if (device == null || measurements == null || values == null) {
      throw illegal("a record needs a device, measurements and values");
    }
    ByteBuffer in = values.duplicate().order(ByteOrder.BIG_ENDIAN);
    int n = measurements.size();
    TSDataType[] types = new TSDataType[n];
    int[] offsets = new int[n];
    try {
      scan(device, measurements, in, types, offsets);
    } catch (BufferUnderflowException e) {
      throw illegal("values of a record of " + device + " end early");
    }
    Batch batch = open.get(device);
    if (batch != null && (batch.aligned != aligned || !batch.accepts(measurements, types))) {
      done.add(batch.toTablet());
      batch = null;
    }
    if (batch == null) {
      batch = new Batch(device, aligned, expectedRows);
      open.put(device, batch);
    }
    batch.addRow(time, measurements, types, offsets, in);
  }

  /** The tablets of every row added, in the order their devices first appeared. */
  List<Tablet> finish() {
    List<Tablet> tablets = new ArrayList<>(done);
    for (Batch batch : open.values()) {
      tablets.add(batch.toTablet());
    }
    open.clear();
    done.clear();
    return tablets;
  }

  /** Reads each value's type and where its bytes start; null values get a null type. */
  private static void scan(
      String device, List<String> measurements, ByteBuffer in, TSDataType[] types, int[] offsets) {
    Map<String, TSDataType> seen = measurements.size() > 1 ? new HashMap<>() : null;
    for (int i = 0; i < measurements.size(); i++) {
      String measurement = measurements.get(i);
      if (measurement == null) {
        throw illegal("a record of " + device + " has a null measurement name");
      }
      byte code = in.get();
      if (code == TYPE_NULL) {
        continue;
      }
      TSDataType type = WireTypes.dataType(code);
      types[i] = type;
      offsets[i] = in.position();
      skipValue(in, type);
      if (seen != null) {
        TSDataType before = seen.put(measurement, type);
        if (before != null && before != type) {
          throw illegal(
              "a record of "
                  + device
                  + " gives "
                  + measurement
                  + " two types: "
                  + before
                  + ", "
                  + type);
        }
      }
    }
  }

  private static void skipValue(ByteBuffer in, TSDataType type) {
    int size;
    switch (type) {
      case BOOLEAN:
        size = 1;
        break;
      case INT32:
      case DATE:
      case FLOAT:
        size = 4;
        break;
      case INT64:
      case TIMESTAMP:
      case DOUBLE:
        size = 8;
        break;
      default:
        size = in.getInt();
        if (size < 0) {
          throw illegal("a text value claims " + size + " bytes");
        }
        break;
    }
    if (size > in.remaining()) {
      throw new BufferUnderflowException();
    }
    in.position(in.position() + size);
  }

  /** The rows of one device gathered so far. */
  private static final class Batch {
    private final String device;
    private final boolean aligned;
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Column> byName = new HashMap<>();
    private long[] times;
    private int rows;

    Batch(String device, boolean aligned, int capacity) {
      this.device = device;
      this.aligned = aligned;
      this.times = new long[Math.min(capacity, 1024)];
    }

    boolean accepts(List<String> measurements, TSDataType[] types) {
      for (int i = 0; i < types.length; i++) {
        Column column = types[i] == null ? null : byName.get(measurements.get(i));
        if (column != null && column.type != types[i]) {
          return false;
        }
      }
      return true;
    }

    void addRow(
        long time, List<String> measurements, TSDataType[] types, int[] offsets, ByteBuffer in) {
      if (rows == times.length) {
        times = java.util.Arrays.copyOf(times, rows * 2);
      }
      times[rows] = time;
      for (int i = 0; i < types.length; i++) {
        if (types[i] == null) {
          continue;
        }
        Column column = byName.get(measurements.get(i));
        if (column == null) {
          column = new Column(measurements.get(i), types[i], times.length);
          byName.put(column.name, column);
          columns.add(column);
        }
        column.set(rows, times.length, in, offsets[i]);
      }
      rows++;
    }

    Tablet toTablet() {
      int n = columns.size();
      ColumnSpec[] specs = new ColumnSpec[n];
      Object[] values = new Object[n];
      BitMap[] nulls = new BitMap[n];
      boolean anyNull = false;
      for (int c = 0; c < n; c++) {
        Column column = columns.get(c);
        specs[c] = ColumnSpec.of(column.name, column.type);
        values[c] = column.values(rows);
        nulls[c] = column.nulls(rows);
        anyNull |= nulls[c] != null;
      }
      return new Tablet(device, aligned, specs, times, values, anyNull ? nulls : null, rows);
    }
  }

  /** One measurement's values; rows it was not given in are null. */
  private static final class Column {
    private final String name;
    private final TSDataType type;
    private Object values;
    private boolean[] present;

    Column(String name, TSDataType type, int capacity) {
      this.name = name;
      this.type = type;
      this.values = java.lang.reflect.Array.newInstance(componentOf(type), capacity);
      this.present = new boolean[capacity];
    }

    void set(int row, int capacity, ByteBuffer in, int offset) {
      ensure(capacity);
      present[row] = true;
      switch (type) {
        case BOOLEAN:
          ((boolean[]) values)[row] = in.get(offset) != 0;
          break;
        case INT32:
        case DATE:
          ((int[]) values)[row] = in.getInt(offset);
          break;
        case INT64:
        case TIMESTAMP:
          ((long[]) values)[row] = in.getLong(offset);
          break;
        case FLOAT:
          ((float[]) values)[row] = in.getFloat(offset);
          break;
        case DOUBLE:
          ((double[]) values)[row] = in.getDouble(offset);
          break;
        default:
          byte[] bytes = new byte[in.getInt(offset)];
          in.get(offset + Integer.BYTES, bytes);
          ((Binary[]) values)[row] = new Binary(bytes);
          break;
      }
    }

    private void ensure(int capacity) {
      if (present.length < capacity) {
        present = java.util.Arrays.copyOf(present, capacity);
        values = grow(values, capacity);
      }
    }

    Object values(int rows) {
      ensure(rows);
      if (values instanceof Binary[] binaries) {
        for (int r = 0; r < rows; r++) {
          if (binaries[r] == null) {
            binaries[r] = Binary.EMPTY_VALUE;
          }
        }
      }
      return values;
    }

    BitMap nulls(int rows) {
      ensure(rows);
      BitMap map = null;
      for (int r = 0; r < rows; r++) {
        if (!present[r]) {
          if (map == null) {
            map = new BitMap(rows);
          }
          map.mark(r);
        }
      }
      return map;
    }

    private static Object grow(Object array, int capacity) {
      Object grown =
          java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), capacity);
      System.arraycopy(array, 0, grown, 0, java.lang.reflect.Array.getLength(array));
      return grown;
    }

    private static Class<?> componentOf(TSDataType type) {
      switch (type) {
        case BOOLEAN:
          return boolean.class;
        case INT32:
        case DATE:
          return int.class;
        case INT64:
        case TIMESTAMP:
          return long.class;
        case FLOAT:
          return float.class;
        case DOUBLE:
          return double.class;
        default:
          return Binary.class;
      }
    }
  }
}
