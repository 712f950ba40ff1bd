package org.stratadb.query.exec;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.stratadb.query.exec.eval.Texts;

/** Values as the text a last query shows. */
final class ValueText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ValueText() {}

  static String format(TSDataType type, Object value) {
    if (value == null) {
      return "null";
    }
    switch (type) {
      case DATE:
        int date = ((Number) value).intValue();
        return String.format("%04d-%02d-%02d", date / 10000, (date / 100) % 100, date % 100);
      case BLOB:
        return hex(((Binary) value).getValues());
      case TEXT:
      case STRING:
        return Texts.string((Binary) value);
      default:
        return String.valueOf(value);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(2 + bytes.length * 2).append("0x");
    for (byte b : bytes) {
      out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
    return out.toString();
  }
}
