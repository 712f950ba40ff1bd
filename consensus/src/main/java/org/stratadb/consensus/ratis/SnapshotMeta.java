package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The {@code snapshot.meta} file that completes a snapshot directory: the term and index it covers
 * and the directories and files the state machine wrote, with their sizes. Format (big-endian),
 * described in docs/format/ratis-consensus.md:
 *
 * <pre>
 * magic "SDSN" | version 0x01 | term i64 | index i64
 * dir count i32, per dir: path length u16 | path UTF-8
 * file count i32, per file: path length u16 | path UTF-8 | size i64
 * CRC32 of everything before, i32
 * </pre>
 *
 * Paths are relative to the snapshot's {@code state} directory and use '/'.
 */
record SnapshotMeta(long term, long index, List<String> dirs, List<FileEntry> files) {
  static final int MAGIC = 0x5344534E; // "SDSN"
  static final byte VERSION = 1;
  private static final int MAX_ENTRIES = 1 << 24;

  /** One file of the state machine's snapshot. */
  record FileEntry(String path, long size) {}

  SnapshotMeta {
    dirs = List.copyOf(dirs);
    files = List.copyOf(files);
  }

  byte[] encode() {
    List<byte[]> dirNames = new ArrayList<>();
    List<byte[]> fileNames = new ArrayList<>();
    int size = 4 + 1 + 8 + 8 + 4 + 4 + 4;
    for (String d : dirs) {
      byte[] b = utf8(d);
      dirNames.add(b);
      size += 2 + b.length;
    }
    for (FileEntry f : files) {
      byte[] b = utf8(f.path());
      fileNames.add(b);
      size += 2 + b.length + 8;
    }
    ByteBuffer buf = ByteBuffer.allocate(size);
    buf.putInt(MAGIC).put(VERSION).putLong(term).putLong(index);
    buf.putInt(dirs.size());
    for (byte[] b : dirNames) {
      buf.putShort((short) b.length).put(b);
    }
    buf.putInt(files.size());
    for (int i = 0; i < files.size(); i++) {
      buf.putShort((short) fileNames.get(i).length).put(fileNames.get(i));
      buf.putLong(files.get(i).size());
    }
    CRC32 crc = new CRC32();
    crc.update(buf.array(), 0, buf.position());
    buf.putInt((int) crc.getValue());
    return buf.array();
  }

  static SnapshotMeta decode(byte[] bytes) throws IOException {
    try {
      if (bytes.length < 4 + 1 + 8 + 8 + 4 + 4 + 4) {
        throw new IOException("too short for a snapshot meta file");
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length - 4);
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      if (buf.getInt(bytes.length - 4) != (int) crc.getValue()) {
        throw new IOException("checksum mismatch");
      }
      if (buf.getInt() != MAGIC) {
        throw new IOException("not a snapshot meta file");
      }
      byte version = buf.get();
      if (version != VERSION) {
        throw new IOException("unknown version " + version);
      }
      long term = buf.getLong();
      long index = buf.getLong();
      int dirCount = count(buf);
      List<String> dirs = new ArrayList<>(dirCount);
      for (int i = 0; i < dirCount; i++) {
        dirs.add(string(buf));
      }
      int fileCount = count(buf);
      List<FileEntry> files = new ArrayList<>(fileCount);
      for (int i = 0; i < fileCount; i++) {
        files.add(new FileEntry(string(buf), buf.getLong()));
      }
      if (buf.remaining() != 4) {
        throw new IOException((buf.remaining() - 4) + " unexpected bytes");
      }
      return new SnapshotMeta(term, index, dirs, files);
    } catch (BufferUnderflowException e) {
      throw new IOException("truncated snapshot meta file", e);
    }
  }

  private static int count(ByteBuffer buf) throws IOException {
    int n = buf.getInt();
    if (n < 0 || n > MAX_ENTRIES) {
      throw new IOException("implausible entry count " + n);
    }
    return n;
  }

  private static String string(ByteBuffer buf) {
    byte[] b = new byte[Short.toUnsignedInt(buf.getShort())];
    buf.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > 0xFFFF) {
      throw new IllegalArgumentException("snapshot path too long: " + s);
    }
    return b;
  }
}
