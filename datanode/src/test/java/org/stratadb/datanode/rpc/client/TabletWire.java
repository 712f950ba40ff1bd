package org.stratadb.datanode.rpc.client;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/**
 * Our own writer of the tablet and record value layouts, for what IoTDB 1.3.2's client cannot
 * produce: the types 1.3.3 added, and malformed buffers.
 */
final class TabletWire {
  private TabletWire() {}

  static ByteBuffer times(long... times) {
    ByteBuffer buffer = ByteBuffer.allocate(times.length * 8);
    for (long t : times) {
      buffer.putLong(t);
    }
    return buffer.flip();
  }

  /**
   * @param columns per column, one value per row (null = a null row, written as a placeholder)
   * @param withBitmaps whether to append the null-bitmap section
   */
  static ByteBuffer values(
      List<TSDataType> types, List<Object[]> columns, int rows, boolean withBitmaps) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (int c = 0; c < types.size(); c++) {
        for (int r = 0; r < rows; r++) {
          writeValue(out, types.get(c), columns.get(c)[r], false);
        }
      }
      if (withBitmaps) {
        for (Object[] column : columns) {
          boolean any = false;
          byte[] bits = new byte[rows / 8 + 1];
          for (int r = 0; r < rows; r++) {
            if (column[r] == null) {
              bits[r / 8] |= (byte) (1 << (r % 8));
              any = true;
            }
          }
          out.writeByte(any ? 1 : 0);
          if (any) {
            out.write(bits);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ByteBuffer.wrap(bytes.toByteArray());
  }

  /** One record: per value a type byte and the value, or -2 for null. */
  static ByteBuffer record(List<TSDataType> types, List<Object> values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (int i = 0; i < types.size(); i++) {
        if (values.get(i) == null) {
          out.writeByte(RecordTablets.TYPE_NULL);
        } else {
          out.writeByte(types.get(i).serialize());
          writeValue(out, types.get(i), values.get(i), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ByteBuffer.wrap(bytes.toByteArray());
  }

  private static void writeValue(DataOutputStream out, TSDataType type, Object v, boolean record)
      throws IOException {
    switch (type) {
      case BOOLEAN:
        out.writeByte(v != null && (Boolean) v ? 1 : 0);
        break;
      case INT32:
      case DATE:
        out.writeInt(v == null ? Integer.MIN_VALUE : (Integer) v);
        break;
      case INT64:
      case TIMESTAMP:
        out.writeLong(v == null ? Long.MIN_VALUE : (Long) v);
        break;
      case FLOAT:
        out.writeFloat(v == null ? Float.MIN_VALUE : (Float) v);
        break;
      case DOUBLE:
        out.writeDouble(v == null ? Double.MIN_VALUE : (Double) v);
        break;
      default:
        byte[] b = v == null ? new byte[0] : ((String) v).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
        break;
    }
  }
}
