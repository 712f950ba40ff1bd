package org.stratadb.session;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.stratadb.session.internal.DateCodec;
import org.stratadb.session.internal.TsBlockColumn;

/** Text and boxed forms of TsBlock values, per the physical column type and the declared type. */
final class ValueFormat {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ValueFormat() {}

  static String format(TsBlockColumn c, int row, TSDataType declared) {
    switch (c.type()) {
      case BOOLEAN:
        return Boolean.toString(c.getBoolean(row));
      case INT32:
      case DATE:
        return declared == TSDataType.DATE || c.type() == TSDataType.DATE
            ? DateCodec.format(c.getInt(row))
            : Integer.toString(c.getInt(row));
      case INT64:
      case TIMESTAMP:
        return Long.toString(c.getLong(row));
      case FLOAT:
        return Float.toString(c.getFloat(row));
      case DOUBLE:
        return Double.toString(c.getDouble(row));
      default:
        byte[] bytes = c.getBinary(row);
        return declared == TSDataType.BLOB || c.type() == TSDataType.BLOB
            ? hex(bytes)
            : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  static Object box(TsBlockColumn c, int row, TSDataType declared) {
    switch (c.type()) {
      case BOOLEAN:
        return c.getBoolean(row);
      case INT32:
      case DATE:
        int v = c.getInt(row);
        return declared == TSDataType.DATE || c.type() == TSDataType.DATE ? toDate(v) : (Object) v;
      case INT64:
      case TIMESTAMP:
        return c.getLong(row);
      case FLOAT:
        return c.getFloat(row);
      case DOUBLE:
        return c.getDouble(row);
      default:
        byte[] bytes = c.getBinary(row);
        return declared == TSDataType.BLOB || c.type() == TSDataType.BLOB
            ? bytes
            : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static LocalDate toDate(int packed) {
    return LocalDate.of(packed / 10000, (packed / 100) % 100, packed % 100);
  }

  static String hex(byte[] bytes) {
    char[] out = new char[2 + bytes.length * 2];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < bytes.length; i++) {
      out[2 + 2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[3 + 2 * i] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }
}
