package org.stratadb.storage.wal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Length-prefixed UTF-8 strings of the WAL payload. */
final class WalStrings {

  private WalStrings() {}

  /** UTF-8 needs at most 3 bytes per UTF-16 char (a surrogate pair: 4 bytes for 2 chars). */
  static long maxSize(String value) {
    return 4 + 3L * value.length();
  }

  static void put(ByteBuffer out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.putInt(bytes.length);
    out.put(bytes);
  }

  static String get(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("string of " + length + " bytes overruns the entry");
    }
    String value;
    if (in.hasArray()) {
      value =
          new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
      in.position(in.position() + length);
    } else {
      byte[] bytes = new byte[length];
      in.get(bytes);
      value = new String(bytes, StandardCharsets.UTF_8);
    }
    return value;
  }
}
