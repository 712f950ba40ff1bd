package org.stratadb.datanode.schema;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads what {@link ByteSink} wrote; every read past the end or of a bad value is corruption. */
final class ByteSource {
  private final byte[] bytes;
  private int pos;
  private final int limit;

  ByteSource(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.pos = offset;
    this.limit = offset + length;
  }

  int remaining() {
    return limit - pos;
  }

  private void need(int n) throws CorruptSchemaException {
    if (n < 0 || limit - pos < n) {
      throw new CorruptSchemaException("record ends early");
    }
  }

  int getByte() throws CorruptSchemaException {
    need(1);
    return bytes[pos++] & 0xFF;
  }

  int getInt() throws CorruptSchemaException {
    need(4);
    int v =
        ((bytes[pos] & 0xFF) << 24)
            | ((bytes[pos + 1] & 0xFF) << 16)
            | ((bytes[pos + 2] & 0xFF) << 8)
            | (bytes[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  long getLong() throws CorruptSchemaException {
    long high = getInt() & 0xFFFFFFFFL;
    return (high << 32) | (getInt() & 0xFFFFFFFFL);
  }

  int getVarInt() throws CorruptSchemaException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = getByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value < 0) {
          throw new CorruptSchemaException("negative length");
        }
        return value;
      }
    }
    throw new CorruptSchemaException("varint too long");
  }

  String getString() throws CorruptSchemaException {
    return utf8(getVarInt());
  }

  String getNullableString() throws CorruptSchemaException {
    int n = getVarInt();
    return n == 0 ? null : utf8(n - 1);
  }

  private String utf8(int length) throws CorruptSchemaException {
    need(length);
    String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
    pos += length;
    return s;
  }

  Map<String, String> getMap() throws CorruptSchemaException {
    int n = getVarInt();
    if (n == 0) {
      return Map.of();
    }
    if (n > remaining()) {
      throw new CorruptSchemaException("map size " + n + " beyond the record");
    }
    Map<String, String> map = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      map.put(getString(), getString());
    }
    return map;
  }
}
