package org.stratadb.storage.wal;

import java.nio.ByteBuffer;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.utils.BitMap;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

/**
 * Column-by-column encoding of a {@link Tablet}; the layout is in {@code docs/format/wal.md}.
 * Fixed-width columns go through bulk view-buffer copies, which the JDK turns into a memory copy in
 * little-endian order, so a numeric column costs about as much as copying its array.
 */
final class TabletCodec {
  private static final byte NO_NULLS = 0;
  private static final byte HAS_NULLS = 1;
  private static final int NULL_BINARY = -1;

  private TabletCodec() {}

  /** An upper bound of the encoded size; exact except for strings, which count 3 bytes a char. */
  static long maxSize(Tablet tablet) {
    int rows = tablet.rowCount();
    long size = WalStrings.maxSize(tablet.device()) + 1 + 4 + 4 + 8L * rows;
    for (int c = 0; c < tablet.columnCount(); c++) {
      ColumnSpec spec = tablet.column(c);
      size += WalStrings.maxSize(spec.measurement()) + 3;
      size += 1 + bitmapBytes(rows) + valuesSize(spec.type(), tablet.values(c), rows);
    }
    return size;
  }

  static void write(Tablet tablet, ByteBuffer out) {
    int rows = tablet.rowCount();
    WalStrings.put(out, tablet.device());
    out.put(tablet.aligned() ? (byte) 1 : (byte) 0);
    out.putInt(rows);
    out.putInt(tablet.columnCount());
    for (int c = 0; c < tablet.columnCount(); c++) {
      ColumnSpec spec = tablet.column(c);
      WalStrings.put(out, spec.measurement());
      out.put(spec.type().serialize());
      out.put(spec.encoding().serialize());
      out.put(spec.compressor().serialize());
    }
    out.asLongBuffer().put(tablet.times(), 0, rows);
    skip(out, 8L * rows);
    for (int c = 0; c < tablet.columnCount(); c++) {
      writeNulls(tablet, c, rows, out);
      writeValues(tablet.column(c).type(), tablet.values(c), rows, out);
    }
  }

  static Tablet read(ByteBuffer in) {
    String device = WalStrings.get(in);
    boolean aligned = in.get() != 0;
    int rows = count(in, 8);
    int columnCount = count(in, 4);
    ColumnSpec[] columns = new ColumnSpec[columnCount];
    for (int c = 0; c < columnCount; c++) {
      String measurement = WalStrings.get(in);
      TSDataType type = TypeCodes.type(in.get());
      TSEncoding encoding = TypeCodes.encoding(in.get());
      CompressionType compressor = TypeCodes.compressor(in.get());
      columns[c] = new ColumnSpec(measurement, type, encoding, compressor);
    }
    long[] times = new long[rows];
    in.asLongBuffer().get(times);
    skip(in, 8L * rows);
    Object[] values = new Object[columnCount];
    BitMap[] nulls = null;
    for (int c = 0; c < columnCount; c++) {
      BitMap bitMap = readNulls(in, rows);
      if (bitMap != null) {
        nulls = nulls == null ? new BitMap[columnCount] : nulls;
        nulls[c] = bitMap;
      }
      values[c] = readValues(columns[c].type(), rows, in);
    }
    return new Tablet(device, aligned, columns, times, values, nulls, rows);
  }

  private static long valuesSize(TSDataType type, Object values, int rows) {
    switch (type) {
      case BOOLEAN:
        return rows;
      case INT32:
      case DATE:
      case FLOAT:
        return 4L * rows;
      case INT64:
      case TIMESTAMP:
      case DOUBLE:
        return 8L * rows;
      case TEXT:
      case STRING:
      case BLOB:
        long size = 4L * rows;
        Binary[] binaries = (Binary[]) values;
        for (int i = 0; i < rows; i++) {
          size += binaries[i] == null ? 0 : binaries[i].getLength();
        }
        return size;
      default:
        throw new IllegalArgumentException("the WAL cannot log data type " + type);
    }
  }

  private static void writeValues(TSDataType type, Object values, int rows, ByteBuffer out) {
    switch (type) {
      case BOOLEAN:
        boolean[] booleans = (boolean[]) values;
        for (int i = 0; i < rows; i++) {
          out.put(booleans[i] ? (byte) 1 : (byte) 0);
        }
        return;
      case INT32:
      case DATE:
        out.asIntBuffer().put((int[]) values, 0, rows);
        skip(out, 4L * rows);
        return;
      case INT64:
      case TIMESTAMP:
        out.asLongBuffer().put((long[]) values, 0, rows);
        skip(out, 8L * rows);
        return;
      case FLOAT:
        out.asFloatBuffer().put((float[]) values, 0, rows);
        skip(out, 4L * rows);
        return;
      case DOUBLE:
        out.asDoubleBuffer().put((double[]) values, 0, rows);
        skip(out, 8L * rows);
        return;
      default:
        writeBinaries((Binary[]) values, rows, out);
    }
  }

  private static void writeBinaries(Binary[] binaries, int rows, ByteBuffer out) {
    for (int i = 0; i < rows; i++) {
      Binary binary = binaries[i];
      if (binary == null) {
        out.putInt(NULL_BINARY);
      } else {
        out.putInt(binary.getLength());
        out.put(binary.getValues(), 0, binary.getLength());
      }
    }
  }

  private static Object readValues(TSDataType type, int rows, ByteBuffer in) {
    switch (type) {
      case BOOLEAN:
        boolean[] booleans = new boolean[rows];
        for (int i = 0; i < rows; i++) {
          booleans[i] = in.get() != 0;
        }
        return booleans;
      case INT32:
      case DATE:
        int[] ints = new int[rows];
        in.asIntBuffer().get(ints);
        skip(in, 4L * rows);
        return ints;
      case INT64:
      case TIMESTAMP:
        long[] longs = new long[rows];
        in.asLongBuffer().get(longs);
        skip(in, 8L * rows);
        return longs;
      case FLOAT:
        float[] floats = new float[rows];
        in.asFloatBuffer().get(floats);
        skip(in, 4L * rows);
        return floats;
      case DOUBLE:
        double[] doubles = new double[rows];
        in.asDoubleBuffer().get(doubles);
        skip(in, 8L * rows);
        return doubles;
      case TEXT:
      case STRING:
      case BLOB:
        return readBinaries(rows, in);
      default:
        throw new IllegalArgumentException("the WAL holds unsupported data type " + type);
    }
  }

  private static Binary[] readBinaries(int rows, ByteBuffer in) {
    Binary[] binaries = new Binary[rows];
    for (int i = 0; i < rows; i++) {
      int length = in.getInt();
      if (length == NULL_BINARY) {
        continue;
      }
      if (length < 0 || length > in.remaining()) {
        throw new IllegalArgumentException("binary of " + length + " bytes overruns the entry");
      }
      byte[] bytes = new byte[length];
      in.get(bytes);
      binaries[i] = new Binary(bytes);
    }
    return binaries;
  }

  /**
   * The Tablet API only answers per row, so the bitmap is rebuilt a byte at a time; this runs only
   * for columns that have nulls at all.
   */
  private static void writeNulls(Tablet tablet, int column, int rows, ByteBuffer out) {
    if (!tablet.mayHaveNulls(column)) {
      out.put(NO_NULLS);
      return;
    }
    out.put(HAS_NULLS);
    for (int base = 0; base < rows; base += 8) {
      int bits = 0;
      int end = Math.min(8, rows - base);
      for (int bit = 0; bit < end; bit++) {
        if (tablet.isNull(column, base + bit)) {
          bits |= 1 << bit;
        }
      }
      out.put((byte) bits);
    }
  }

  private static BitMap readNulls(ByteBuffer in, int rows) {
    byte flag = in.get();
    if (flag == NO_NULLS) {
      return null;
    }
    if (flag != HAS_NULLS) {
      throw new IllegalArgumentException("bad null-bitmap flag " + flag);
    }
    byte[] bytes = new byte[bitmapBytes(rows)];
    in.get(bytes);
    return new BitMap(rows, bytes);
  }

  private static int bitmapBytes(int rows) {
    return (rows + 7) >>> 3;
  }

  /** Reads a count and checks it against what is left, so a bad entry cannot ask for gigabytes. */
  private static int count(ByteBuffer in, int minBytesEach) {
    int count = in.getInt();
    if (count < 0 || (long) count * minBytesEach > in.remaining()) {
      throw new IllegalArgumentException("count " + count + " overruns the entry");
    }
    return count;
  }

  private static void skip(ByteBuffer buffer, long bytes) {
    buffer.position(buffer.position() + (int) bytes);
  }
}
