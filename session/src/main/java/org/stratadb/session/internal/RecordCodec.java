package org.stratadb.session.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.stratadb.session.TSDataType;

/**
 * Writes the {@code values} blob of a typed record: per value one type byte, then its payload,
 * big-endian (TEXT, STRING and BLOB as int32 length plus bytes). Null values are not written; the
 * caller drops them together with their measurement.
 */
public final class RecordCodec {
  private RecordCodec() {}

  /** Encodes non-null {@code values} of the given types. */
  public static ByteBuffer encode(List<TSDataType> types, List<Object> values) {
    int size = 0;
    byte[][] binaries = new byte[values.size()][];
    for (int i = 0; i < values.size(); i++) {
      TSDataType type = types.get(i);
      size += 1;
      if (type.isBinary()) {
        binaries[i] = toBytes(values.get(i));
        size += 4 + binaries[i].length;
      } else {
        size += width(type);
      }
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    for (int i = 0; i < values.size(); i++) {
      TSDataType type = types.get(i);
      out.put(type.code());
      writeValue(out, type, values.get(i), binaries[i]);
    }
    out.flip();
    return out;
  }

  private static int width(TSDataType type) {
    switch (type) {
      case BOOLEAN:
        return 1;
      case INT32:
      case DATE:
      case FLOAT:
        return 4;
      default:
        return 8;
    }
  }

  private static void writeValue(ByteBuffer out, TSDataType type, Object value, byte[] binary) {
    switch (type) {
      case BOOLEAN:
        out.put(((Boolean) value) ? (byte) 1 : (byte) 0);
        break;
      case INT32:
        out.putInt(((Number) value).intValue());
        break;
      case DATE:
        out.putInt(DateCodec.toInt(value));
        break;
      case INT64:
      case TIMESTAMP:
        out.putLong(((Number) value).longValue());
        break;
      case FLOAT:
        out.putFloat(((Number) value).floatValue());
        break;
      case DOUBLE:
        out.putDouble(((Number) value).doubleValue());
        break;
      default:
        out.putInt(binary.length);
        out.put(binary);
    }
  }

  private static byte[] toBytes(Object value) {
    return value instanceof byte[]
        ? (byte[]) value
        : value.toString().getBytes(StandardCharsets.UTF_8);
  }
}
