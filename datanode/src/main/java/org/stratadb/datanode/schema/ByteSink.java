package org.stratadb.datanode.schema;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** A growable big-endian byte buffer for the schema log and snapshot encodings. */
final class ByteSink {
  private byte[] bytes;
  private int size;

  ByteSink(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  byte[] toArray() {
    return Arrays.copyOf(bytes, size);
  }

  void clear() {
    size = 0;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  ByteSink putByte(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
    return this;
  }

  ByteSink putInt(int v) {
    ensure(4);
    bytes[size++] = (byte) (v >>> 24);
    bytes[size++] = (byte) (v >>> 16);
    bytes[size++] = (byte) (v >>> 8);
    bytes[size++] = (byte) v;
    return this;
  }

  /** Overwrites four bytes at {@code at} (a length or checksum filled in afterwards). */
  void setInt(int at, int v) {
    bytes[at] = (byte) (v >>> 24);
    bytes[at + 1] = (byte) (v >>> 16);
    bytes[at + 2] = (byte) (v >>> 8);
    bytes[at + 3] = (byte) v;
  }

  ByteSink putLong(long v) {
    putInt((int) (v >>> 32));
    return putInt((int) v);
  }

  /** Unsigned LEB128. */
  ByteSink putVarInt(int v) {
    int rest = v;
    while ((rest & ~0x7F) != 0) {
      putByte((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    return putByte(rest);
  }

  ByteSink putBytes(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
    return this;
  }

  ByteSink putString(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    putVarInt(utf8.length);
    return putBytes(utf8, 0, utf8.length);
  }

  /** Length + 1 as a varint, 0 for null. */
  ByteSink putNullableString(String s) {
    if (s == null) {
      return putVarInt(0);
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    putVarInt(utf8.length + 1);
    return putBytes(utf8, 0, utf8.length);
  }

  /** Entry count, then key and value strings in key order. */
  ByteSink putMap(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return putVarInt(0);
    }
    putVarInt(map.size());
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      putString(e.getKey());
      putString(e.getValue());
    }
    return this;
  }
}
