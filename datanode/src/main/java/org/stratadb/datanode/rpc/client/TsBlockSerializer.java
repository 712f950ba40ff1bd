package org.stratadb.datanode.rpc.client;

import java.nio.ByteBuffer;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;

/**
 * Writes a TsBlock in the form IoTDB's clients decode from {@code queryResult} (protocol-facts
 * section 4a), whatever the block's column implementations (plain, run-length, dictionary):
 *
 * <pre>
 * int32 value column count N, N type bytes, int32 row count P,
 * N + 1 encoding bytes (time column first), time column, N value columns
 * </pre>
 *
 * Type bytes are physical (0-5, see {@link WireTypes#physicalCode}). The time column is INT64_ARRAY
 * without nulls. Every value column starts with a may-have-null byte and, if 1, a null bitmap of
 * ceil(P/8) bytes, row {@code i} at mask {@code 0x80 >>> (i % 8)} of byte {@code i / 8}, set =
 * null. Then BOOLEAN (BYTE_ARRAY) packs one bit per row for all rows the same way; INT32 and FLOAT
 * (INT32_ARRAY) write four bytes, INT64 and DOUBLE (INT64_ARRAY) eight, TEXT (BINARY_ARRAY) an
 * int32 length and the bytes, each for non-null rows only. Everything is big-endian.
 */
public final class TsBlockSerializer {
  private static final byte BYTE_ARRAY = 0;
  private static final byte INT32_ARRAY = 1;
  private static final byte INT64_ARRAY = 2;
  private static final byte BINARY_ARRAY = 3;

  private TsBlockSerializer() {}

  /**
   * @param declared the declared type of each value column, consulted only for columns that carry
   *     no type of their own (such as an all-null column); may be null or shorter than the block
   */
  public static byte[] serialize(TsBlock block, TSDataType[] declared) {
    int columns = block.getValueColumnCount();
    int rows = block.getPositionCount();
    byte[] types = new byte[columns];
    boolean[][] nulls = new boolean[columns][];
    long size = 4L + columns + 4 + (columns + 1) + 1 + 8L * rows;
    for (int c = 0; c < columns; c++) {
      Column column = block.getColumn(c);
      types[c] = WireTypes.physicalCode(typeOf(column, declared, c));
      nulls[c] = nullFlags(column, rows);
      size += valueColumnSize(column, types[c], nulls[c], rows);
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("TsBlock of " + size + " bytes is too large to send");
    }
    ByteBuffer out = ByteBuffer.allocate((int) size);
    out.putInt(columns);
    out.put(types);
    out.putInt(rows);
    out.put(INT64_ARRAY);
    for (byte type : types) {
      out.put(encodingOf(type));
    }
    Column time = block.getTimeColumn();
    out.put((byte) 0);
    for (int r = 0; r < rows; r++) {
      out.putLong(time.getLong(r));
    }
    for (int c = 0; c < columns; c++) {
      writeValueColumn(out, block.getColumn(c), types[c], nulls[c], rows);
    }
    return out.array();
  }

  private static TSDataType typeOf(Column column, TSDataType[] declared, int index) {
    TSDataType type;
    try {
      type = column.getDataType();
    } catch (UnsupportedOperationException e) {
      type = null;
    }
    if (type == null
        || type == TSDataType.UNKNOWN
        || type == TSDataType.VECTOR
        || type == TSDataType.OBJECT) {
      type = declared != null && index < declared.length ? declared[index] : null;
    }
    return type == null ? TSDataType.TEXT : type;
  }

  /** Which rows are null, or null if none is. */
  private static boolean[] nullFlags(Column column, int rows) {
    if (!column.mayHaveNull()) {
      return null;
    }
    boolean[] flags = null;
    for (int r = 0; r < rows; r++) {
      if (column.isNull(r)) {
        if (flags == null) {
          flags = new boolean[rows];
        }
        flags[r] = true;
      }
    }
    return flags;
  }

  private static long valueColumnSize(Column column, byte type, boolean[] nulls, int rows) {
    int bitmapBytes = (rows + 7) / 8;
    long size = 1 + (nulls != null ? bitmapBytes : 0);
    if (type == 0) {
      return size + bitmapBytes;
    }
    long nonNull = rows;
    long text = 0;
    for (int r = 0; r < rows; r++) {
      if (nulls != null && nulls[r]) {
        nonNull--;
      } else if (type == 5) {
        text += column.getBinary(r).getLength();
      }
    }
    switch (type) {
      case 1:
      case 3:
        return size + 4 * nonNull;
      case 2:
      case 4:
        return size + 8 * nonNull;
      default:
        return size + 4 * nonNull + text;
    }
  }

  private static byte encodingOf(byte type) {
    switch (type) {
      case 0:
        return BYTE_ARRAY;
      case 1:
      case 3:
        return INT32_ARRAY;
      case 2:
      case 4:
        return INT64_ARRAY;
      default:
        return BINARY_ARRAY;
    }
  }

  private static void writeValueColumn(
      ByteBuffer out, Column column, byte type, boolean[] nulls, int rows) {
    out.put((byte) (nulls != null ? 1 : 0));
    if (nulls != null) {
      writeBits(out, nulls, rows);
    }
    switch (type) {
      case 0:
        boolean[] values = new boolean[rows];
        for (int r = 0; r < rows; r++) {
          values[r] = (nulls == null || !nulls[r]) && column.getBoolean(r);
        }
        writeBits(out, values, rows);
        break;
      case 1:
        for (int r = 0; r < rows; r++) {
          if (nulls == null || !nulls[r]) {
            out.putInt(column.getInt(r));
          }
        }
        break;
      case 2:
        for (int r = 0; r < rows; r++) {
          if (nulls == null || !nulls[r]) {
            out.putLong(column.getLong(r));
          }
        }
        break;
      case 3:
        for (int r = 0; r < rows; r++) {
          if (nulls == null || !nulls[r]) {
            out.putInt(Float.floatToIntBits(column.getFloat(r)));
          }
        }
        break;
      case 4:
        for (int r = 0; r < rows; r++) {
          if (nulls == null || !nulls[r]) {
            out.putLong(Double.doubleToLongBits(column.getDouble(r)));
          }
        }
        break;
      default:
        for (int r = 0; r < rows; r++) {
          if (nulls == null || !nulls[r]) {
            byte[] bytes = column.getBinary(r).getValues();
            out.putInt(bytes.length);
            out.put(bytes);
          }
        }
        break;
    }
  }

  /** One bit per row, first row in the highest bit of the first byte. */
  private static void writeBits(ByteBuffer out, boolean[] bits, int rows) {
    int current = 0;
    for (int r = 0; r < rows; r++) {
      if (bits[r]) {
        current |= 0x80 >>> (r & 7);
      }
      if ((r & 7) == 7) {
        out.put((byte) current);
        current = 0;
      }
    }
    if ((rows & 7) != 0) {
      out.put((byte) current);
    }
  }
}
