package org.stratadb.session.internal;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import org.stratadb.session.TSDataType;
import org.stratadb.session.Tablet;

/**
 * Writes a tablet's {@code timestamps} and {@code values} blobs in the layout of IoTDB's {@code
 * TSInsertTabletReq}: big-endian, one column after another, sentinel values in null slots, then
 * (only if some column has a null) one flag byte per column followed, for flagged columns, by
 * {@code rows / 8 + 1} bytes of LSB-first null bits.
 */
public final class TabletCodec {
  private TabletCodec() {}

  /** Bytes of the timestamps blob. */
  public static int timesSize(Tablet tablet) {
    return tablet.getRowSize() * Long.BYTES;
  }

  /** Writes the timestamps blob at the buffer's position and advances it. */
  public static void writeTimes(Tablet tablet, ByteBuffer out) {
    int n = tablet.getRowSize();
    out.asLongBuffer().put(tablet.timestamps(), 0, n);
    out.position(out.position() + n * Long.BYTES);
  }

  /** Bytes of the values blob, bitmap section included. */
  public static int valuesSize(Tablet tablet) {
    int n = tablet.getRowSize();
    int size = 0;
    boolean anyNull = false;
    int bitmapBytes = 0;
    for (int c = 0; c < tablet.getColumnCount(); c++) {
      size += columnSize(tablet, c, n);
      if (tablet.hasNull(c, n)) {
        anyNull = true;
        bitmapBytes += n / 8 + 1;
      }
    }
    return anyNull ? size + tablet.getColumnCount() + bitmapBytes : size;
  }

  private static int columnSize(Tablet tablet, int col, int n) {
    TSDataType type = tablet.type(col);
    switch (type) {
      case BOOLEAN:
        return n;
      case INT32:
      case DATE:
      case FLOAT:
        return n * 4;
      case INT64:
      case TIMESTAMP:
      case DOUBLE:
        return n * 8;
      default:
        byte[][] values = tablet.binaryColumn(col);
        int size = n * 4;
        for (int i = 0; i < n; i++) {
          if (values[i] != null && !tablet.isNull(col, i)) {
            size += values[i].length;
          }
        }
        return size;
    }
  }

  /** Writes the values blob at the buffer's position and advances it. */
  public static void writeValues(Tablet tablet, ByteBuffer out) {
    int n = tablet.getRowSize();
    boolean anyNull = false;
    for (int c = 0; c < tablet.getColumnCount(); c++) {
      boolean hasNull = tablet.hasNull(c, n);
      anyNull |= hasNull;
      writeColumn(tablet, c, n, hasNull, out);
    }
    if (anyNull) {
      writeBitmaps(tablet, n, out);
    }
  }

  private static void writeColumn(Tablet tablet, int col, int n, boolean hasNull, ByteBuffer out) {
    int start = out.position();
    switch (tablet.type(col)) {
      case BOOLEAN:
        boolean[] bools = tablet.booleanColumn(col);
        for (int i = 0; i < n; i++) {
          out.put(bools[i] && !(hasNull && tablet.isNull(col, i)) ? (byte) 1 : (byte) 0);
        }
        return;
      case INT32:
      case DATE:
        IntBuffer ints = out.asIntBuffer();
        ints.put(tablet.intColumn(col), 0, n);
        out.position(start + n * 4);
        if (hasNull) {
          fillNulls(tablet, col, n, i -> out.putInt(start + i * 4, Integer.MIN_VALUE));
        }
        return;
      case FLOAT:
        FloatBuffer floats = out.asFloatBuffer();
        floats.put(tablet.floatColumn(col), 0, n);
        out.position(start + n * 4);
        if (hasNull) {
          fillNulls(tablet, col, n, i -> out.putFloat(start + i * 4, Float.MIN_VALUE));
        }
        return;
      case INT64:
      case TIMESTAMP:
        LongBuffer longs = out.asLongBuffer();
        longs.put(tablet.longColumn(col), 0, n);
        out.position(start + n * 8);
        if (hasNull) {
          fillNulls(tablet, col, n, i -> out.putLong(start + i * 8, Long.MIN_VALUE));
        }
        return;
      case DOUBLE:
        DoubleBuffer doubles = out.asDoubleBuffer();
        doubles.put(tablet.doubleColumn(col), 0, n);
        out.position(start + n * 8);
        if (hasNull) {
          fillNulls(tablet, col, n, i -> out.putDouble(start + i * 8, Double.MIN_VALUE));
        }
        return;
      default:
        byte[][] values = tablet.binaryColumn(col);
        for (int i = 0; i < n; i++) {
          byte[] v = values[i];
          if (v == null || (hasNull && tablet.isNull(col, i))) {
            out.putInt(0);
          } else {
            out.putInt(v.length);
            out.put(v);
          }
        }
    }
  }

  private interface RowAction {
    void apply(int row);
  }

  private static void fillNulls(Tablet tablet, int col, int n, RowAction action) {
    for (int i = 0; i < n; i++) {
      if (tablet.isNull(col, i)) {
        action.apply(i);
      }
    }
  }

  private static void writeBitmaps(Tablet tablet, int n, ByteBuffer out) {
    int bytes = n / 8 + 1;
    for (int c = 0; c < tablet.getColumnCount(); c++) {
      if (!tablet.hasNull(c, n)) {
        out.put((byte) 0);
        continue;
      }
      out.put((byte) 1);
      byte[] bits = tablet.nullBitmap(c);
      out.put(bits, 0, bytes - 1);
      // Bits past the last row are not sent: the last byte keeps only rows < n.
      int rest = n & 7;
      out.put((byte) (bits[bytes - 1] & ((1 << rest) - 1)));
    }
  }
}
