package org.stratadb.session.internal;

import java.nio.ByteBuffer;
import org.stratadb.session.TSDataType;

/**
 * Decodes one serialized TsBlock (an element of {@code queryResult}): value-column count, their
 * type bytes, row count, one encoding byte for the time column and each value column, then the
 * column bodies. Null indicators are MSB-first with a set bit meaning null; fixed-width and binary
 * columns carry values for non-null rows only, boolean columns for every row; a run-length column
 * holds one value (an inner body of one row) that all rows share.
 */
public final class TsBlockDecoder {
  static final byte BYTE_ARRAY = 0;
  static final byte INT32_ARRAY = 1;
  static final byte INT64_ARRAY = 2;
  static final byte BINARY_ARRAY = 3;
  static final byte RLE = 4;

  private TsBlockDecoder() {}

  /** Decodes the block in {@code buffer} from its position; the buffer is not modified. */
  public static TsBlock decode(ByteBuffer buffer) {
    ByteBuffer in = buffer.duplicate();
    int columnCount = in.getInt();
    if (columnCount < 0) {
      throw new IllegalArgumentException("bad TsBlock: negative column count " + columnCount);
    }
    TSDataType[] types = new TSDataType[columnCount];
    for (int i = 0; i < columnCount; i++) {
      types[i] = TSDataType.fromCode(in.get());
    }
    int positionCount = in.getInt();
    byte[] encodings = new byte[columnCount + 1];
    in.get(encodings);
    TsBlockColumn time = readColumn(in, encodings[0], TSDataType.INT64, positionCount);
    if (time.nulls != null && hasAnyNull(time.nulls)) {
      throw new IllegalArgumentException("bad TsBlock: the time column has nulls");
    }
    TsBlockColumn[] columns = new TsBlockColumn[columnCount];
    for (int i = 0; i < columnCount; i++) {
      columns[i] = readColumn(in, encodings[i + 1], types[i], positionCount);
    }
    return new TsBlock(positionCount, time, columns);
  }

  private static boolean hasAnyNull(boolean[] nulls) {
    for (boolean n : nulls) {
      if (n) {
        return true;
      }
    }
    return false;
  }

  private static TsBlockColumn readColumn(
      ByteBuffer in, byte encoding, TSDataType type, int positions) {
    switch (encoding) {
      case BYTE_ARRAY:
        return readBooleans(in, type, positions, false);
      case INT32_ARRAY:
        return readInts(in, type, positions, false);
      case INT64_ARRAY:
        return readLongs(in, type, positions, false);
      case BINARY_ARRAY:
        return readBinaries(in, type, positions, false);
      case RLE:
        return readRunLength(in, type);
      default:
        throw new IllegalArgumentException("bad TsBlock: unknown column encoding " + encoding);
    }
  }

  private static TsBlockColumn readRunLength(ByteBuffer in, TSDataType type) {
    byte inner = in.get();
    switch (inner) {
      case BYTE_ARRAY:
        return readBooleans(in, type, 1, true);
      case INT32_ARRAY:
        return readInts(in, type, 1, true);
      case INT64_ARRAY:
        return readLongs(in, type, 1, true);
      case BINARY_ARRAY:
        return readBinaries(in, type, 1, true);
      default:
        throw new IllegalArgumentException("bad TsBlock: RLE column with inner encoding " + inner);
    }
  }

  /** Reads the null-indicator section: null if the column has no nulls. */
  private static boolean[] readNulls(ByteBuffer in, int positions) {
    if (in.get() == 0) {
      return null;
    }
    return readBits(in, positions);
  }

  private static boolean[] readBits(ByteBuffer in, int positions) {
    boolean[] bits = new boolean[positions];
    int bytes = (positions + 7) / 8;
    for (int b = 0; b < bytes; b++) {
      int v = in.get() & 0xFF;
      int base = b * 8;
      int end = Math.min(8, positions - base);
      for (int k = 0; k < end; k++) {
        bits[base + k] = (v & (0x80 >>> k)) != 0;
      }
    }
    return bits;
  }

  private static void expect(TSDataType type, byte encoding, TSDataType... allowed) {
    for (TSDataType t : allowed) {
      if (t == type) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "bad TsBlock: type " + type + " cannot use column encoding " + encoding);
  }

  private static TsBlockColumn readBooleans(
      ByteBuffer in, TSDataType type, int positions, boolean rle) {
    expect(type, BYTE_ARRAY, TSDataType.BOOLEAN);
    boolean[] nulls = readNulls(in, positions);
    TsBlockColumn c = new TsBlockColumn(type, nulls, rle);
    c.booleans = readBits(in, positions);
    return c;
  }

  private static TsBlockColumn readInts(
      ByteBuffer in, TSDataType type, int positions, boolean rle) {
    expect(type, INT32_ARRAY, TSDataType.INT32, TSDataType.FLOAT, TSDataType.DATE);
    boolean[] nulls = readNulls(in, positions);
    TsBlockColumn c = new TsBlockColumn(type, nulls, rle);
    if (type == TSDataType.FLOAT) {
      c.floats = new float[positions];
      for (int i = 0; i < positions; i++) {
        if (nulls == null || !nulls[i]) {
          c.floats[i] = Float.intBitsToFloat(in.getInt());
        }
      }
    } else {
      c.ints = new int[positions];
      for (int i = 0; i < positions; i++) {
        if (nulls == null || !nulls[i]) {
          c.ints[i] = in.getInt();
        }
      }
    }
    return c;
  }

  private static TsBlockColumn readLongs(
      ByteBuffer in, TSDataType type, int positions, boolean rle) {
    expect(type, INT64_ARRAY, TSDataType.INT64, TSDataType.DOUBLE, TSDataType.TIMESTAMP);
    boolean[] nulls = readNulls(in, positions);
    TsBlockColumn c = new TsBlockColumn(type, nulls, rle);
    if (type == TSDataType.DOUBLE) {
      c.doubles = new double[positions];
      for (int i = 0; i < positions; i++) {
        if (nulls == null || !nulls[i]) {
          c.doubles[i] = Double.longBitsToDouble(in.getLong());
        }
      }
    } else {
      c.longs = new long[positions];
      if (nulls == null) {
        in.asLongBuffer().get(c.longs);
        in.position(in.position() + positions * Long.BYTES);
      } else {
        for (int i = 0; i < positions; i++) {
          if (!nulls[i]) {
            c.longs[i] = in.getLong();
          }
        }
      }
    }
    return c;
  }

  private static TsBlockColumn readBinaries(
      ByteBuffer in, TSDataType type, int positions, boolean rle) {
    expect(type, BINARY_ARRAY, TSDataType.TEXT, TSDataType.STRING, TSDataType.BLOB);
    boolean[] nulls = readNulls(in, positions);
    TsBlockColumn c = new TsBlockColumn(type, nulls, rle);
    c.binaries = new byte[positions][];
    for (int i = 0; i < positions; i++) {
      if (nulls == null || !nulls[i]) {
        int len = in.getInt();
        if (len < 0 || len > in.remaining()) {
          throw new IllegalArgumentException("bad TsBlock: binary length " + len);
        }
        byte[] v = new byte[len];
        in.get(v);
        c.binaries[i] = v;
      }
    }
    return c;
  }
}
