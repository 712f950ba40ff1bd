package org.stratadb.datanode.rpc.client;

import static org.stratadb.datanode.rpc.client.WireTypes.illegal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.utils.BitMap;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

/**
 * Decodes the column buffers of {@code insertTablet(s)} into a {@link Tablet}: primitive arrays
 * filled by bulk copies, no object per value except for text (the engine keeps text as {@link
 * Binary}). The arrays come from a {@link ColumnArena} when one is given (and may then be longer
 * than the rows), else they are allocated. A pure function of its inputs, so it can be benchmarked
 * on its own.
 *
 * <p>Layout (big-endian): {@code rows} int64 timestamps; then each column's {@code rows} values
 * (BOOLEAN one byte, INT32/FLOAT/DATE four, INT64/DOUBLE/TIMESTAMP eight, TEXT/STRING/BLOB an int32
 * length and the bytes; null rows carry a placeholder); then, only if bytes remain, per column a
 * flag byte and, when the flag is 1, a null bitmap of {@code rows / 8 + 1} bytes with row {@code i}
 * at bit {@code i % 8} of byte {@code i / 8}, a set bit meaning null.
 */
public final class TabletDecoder {
  private TabletDecoder() {}

  /**
   * @param typeCodes data type code of each measurement
   * @throws org.stratadb.commons.error.StrataException ILLEGAL_PARAMETER if the buffers do not
   *     match the declared shape
   */
  public static Tablet decode(
      String device,
      boolean aligned,
      List<String> measurements,
      List<Integer> typeCodes,
      ByteBuffer timestamps,
      ByteBuffer values,
      int rows) {
    return decode(device, aligned, measurements, typeCodes, timestamps, values, rows, null);
  }

  /**
   * Like {@link #decode(String, boolean, List, List, ByteBuffer, ByteBuffer, int)}, with the time
   * and value arrays taken from {@code arena} (null: allocated).
   */
  static Tablet decode(
      String device,
      boolean aligned,
      List<String> measurements,
      List<Integer> typeCodes,
      ByteBuffer timestamps,
      ByteBuffer values,
      int rows,
      ColumnArena arena) {
    if (device == null || measurements == null || typeCodes == null) {
      throw illegal("a tablet needs a device, measurements and types");
    }
    if (measurements.size() != typeCodes.size()) {
      throw illegal(
          "tablet of "
              + device
              + " has "
              + measurements.size()
              + " measurements but "
              + typeCodes.size()
              + " types");
    }
    if (timestamps == null || values == null) {
      throw illegal("the tablet of " + device + " has no timestamps or no values");
    }
    if (rows < 0) {
      throw illegal("tablet of " + device + " has a negative size " + rows);
    }
    int columns = measurements.size();
    ColumnSpec[] specs = new ColumnSpec[columns];
    for (int c = 0; c < columns; c++) {
      String measurement = measurements.get(c);
      if (measurement == null) {
        throw illegal("tablet of " + device + " has a null measurement name");
      }
      specs[c] = ColumnSpec.of(measurement, WireTypes.dataType(typeCodes.get(c)));
    }
    long[] times = readTimes(device, timestamps, rows, arena);
    ByteBuffer in = values.duplicate().order(ByteOrder.BIG_ENDIAN);
    Object[] columnValues = new Object[columns];
    try {
      for (int c = 0; c < columns; c++) {
        columnValues[c] = readColumn(in, specs[c].type(), rows, arena);
      }
      BitMap[] nulls = in.hasRemaining() ? readBitMaps(in, columns, rows) : null;
      return new Tablet(device, aligned, specs, times, columnValues, nulls, rows);
    } catch (java.nio.BufferUnderflowException e) {
      throw illegal("values of the tablet of " + device + " end early for " + rows + " rows");
    }
  }

  private static long[] readTimes(
      String device, ByteBuffer timestamps, int rows, ColumnArena arena) {
    if (timestamps.remaining() < (long) rows * Long.BYTES) {
      throw illegal(
          "tablet of "
              + device
              + " has "
              + timestamps.remaining()
              + " bytes of timestamps for "
              + rows
              + " rows");
    }
    long[] times = arena == null ? new long[rows] : arena.longs(rows);
    timestamps.duplicate().order(ByteOrder.BIG_ENDIAN).asLongBuffer().get(times, 0, rows);
    return times;
  }

  private static Object readColumn(ByteBuffer in, TSDataType type, int rows, ColumnArena arena) {
    switch (type) {
      case BOOLEAN:
        return readBooleans(in, rows, arena);
      case INT32:
      case DATE:
        {
          int[] out = arena == null ? new int[rows] : arena.ints(rows);
          in.asIntBuffer().get(out, 0, rows);
          skip(in, (long) rows * Integer.BYTES);
          return out;
        }
      case INT64:
      case TIMESTAMP:
        {
          long[] out = arena == null ? new long[rows] : arena.longs(rows);
          in.asLongBuffer().get(out, 0, rows);
          skip(in, (long) rows * Long.BYTES);
          return out;
        }
      case FLOAT:
        {
          float[] out = arena == null ? new float[rows] : arena.floats(rows);
          in.asFloatBuffer().get(out, 0, rows);
          skip(in, (long) rows * Float.BYTES);
          return out;
        }
      case DOUBLE:
        {
          double[] out = arena == null ? new double[rows] : arena.doubles(rows);
          in.asDoubleBuffer().get(out, 0, rows);
          skip(in, (long) rows * Double.BYTES);
          return out;
        }
      case TEXT:
      case STRING:
      case BLOB:
        return readBinaries(in, rows, arena);
      default:
        throw illegal("unsupported data type " + type);
    }
  }

  private static boolean[] readBooleans(ByteBuffer in, int rows, ColumnArena arena) {
    if (in.remaining() < rows) {
      throw new java.nio.BufferUnderflowException();
    }
    boolean[] out = arena == null ? new boolean[rows] : arena.booleans(rows);
    int base = in.position();
    for (int i = 0; i < rows; i++) {
      out[i] = in.get(base + i) != 0;
    }
    in.position(base + rows);
    return out;
  }

  private static Binary[] readBinaries(ByteBuffer in, int rows, ColumnArena arena) {
    Binary[] out = arena == null ? new Binary[rows] : arena.binaries(rows);
    for (int i = 0; i < rows; i++) {
      out[i] = new Binary(readBytes(in));
    }
    return out;
  }

  /** An int32 length and that many bytes. */
  static byte[] readBytes(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw illegal("a text value claims " + length + " bytes, " + in.remaining() + " remain");
    }
    byte[] bytes = new byte[length];
    in.get(bytes);
    return bytes;
  }

  private static BitMap[] readBitMaps(ByteBuffer in, int columns, int rows) {
    BitMap[] maps = new BitMap[columns];
    boolean any = false;
    int bytes = BitMap.getSizeOfBytes(rows);
    for (int c = 0; c < columns; c++) {
      byte flag = in.get();
      if (flag == 1) {
        byte[] bits = new byte[bytes];
        in.get(bits);
        maps[c] = new BitMap(rows, bits);
        any = true;
      } else if (flag != 0) {
        throw illegal("column " + c + " has an invalid null-bitmap flag " + flag);
      }
    }
    return any ? maps : null;
  }

  private static void skip(ByteBuffer in, long bytes) {
    in.position(Math.toIntExact(in.position() + bytes));
  }
}
