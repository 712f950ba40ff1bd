package org.stratadb.storage.mods;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.TimeRange;

/**
 * The byte layout of a mods file ({@code docs/format/mods.md}): a 5-byte header (magic {@code
 * SMOD}, format version) and frames of {@code [int32 length][int32 crc32c][payload]}, big-endian.
 */
final class ModsCodec {
  static final byte[] MAGIC = {'S', 'M', 'O', 'D'};
  static final byte VERSION = 1;
  static final int HEADER_SIZE = MAGIC.length + 1;
  static final int FRAME_OVERHEAD = 8;
  static final byte KIND_DELETION = 1;

  /** kind + start + end; the pattern's bytes follow. */
  static final int DELETION_FIXED = 1 + 8 + 8;

  /** Far above any real path; a larger length field can only be garbage. */
  static final int MAX_PAYLOAD = 1 << 20;

  private ModsCodec() {}

  static ByteBuffer header() {
    ByteBuffer buffer = ByteBuffer.allocate(HEADER_SIZE);
    buffer.put(MAGIC).put(VERSION).flip();
    return buffer;
  }

  /** Checks the header of a file of at least {@link #HEADER_SIZE} bytes. */
  static void checkHeader(ByteBuffer bytes, Object where) throws IOException {
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes.get(i) != MAGIC[i]) {
        throw new IOException("not a mods file (bad magic): " + where);
      }
    }
    byte version = bytes.get(MAGIC.length);
    if (version != VERSION) {
      throw new IOException("unsupported mods format version " + version + ": " + where);
    }
  }

  static ByteBuffer encode(Deletion deletion) {
    byte[] pattern = deletion.pathPattern().getBytes(StandardCharsets.UTF_8);
    int length = DELETION_FIXED + pattern.length;
    if (length > MAX_PAYLOAD) {
      throw new IllegalArgumentException("path pattern too long for a mods entry");
    }
    ByteBuffer frame = ByteBuffer.allocate(FRAME_OVERHEAD + length);
    frame.putInt(length).putInt(0);
    frame.put(KIND_DELETION).putLong(deletion.range().start()).putLong(deletion.range().end());
    frame.put(pattern);
    frame.putInt(4, crc(frame.array(), FRAME_OVERHEAD, length));
    frame.flip();
    return frame;
  }

  /** What a scan of the frames found: the intact entries and where the intact prefix ends. */
  record Scan(List<Deletion> deletions, long validLength) {}

  /**
   * Decodes the frames after the header. The first frame that is cut short, has an impossible
   * length or fails its checksum ends the scan: that is the tail a crash mid-append leaves.
   */
  static Scan scan(ByteBuffer bytes, Object where) throws IOException {
    List<Deletion> deletions = new ArrayList<>();
    int pos = HEADER_SIZE;
    int limit = bytes.limit();
    while (limit - pos >= FRAME_OVERHEAD) {
      int length = bytes.getInt(pos);
      if (length < DELETION_FIXED
          || length > MAX_PAYLOAD
          || length > limit - pos - FRAME_OVERHEAD) {
        break;
      }
      int crc = bytes.getInt(pos + 4);
      int payloadAt = pos + FRAME_OVERHEAD;
      if (crc != crc(bytes, payloadAt, length)) {
        break;
      }
      deletions.add(decode(bytes, payloadAt, length, where));
      pos = payloadAt + length;
    }
    return new Scan(deletions, pos);
  }

  private static Deletion decode(ByteBuffer bytes, int at, int length, Object where)
      throws IOException {
    byte kind = bytes.get(at);
    if (kind != KIND_DELETION) {
      // An intact frame of an unknown kind is not a torn tail but a file we cannot read.
      throw new IOException("unknown mods entry kind " + kind + " at " + at + ": " + where);
    }
    long start = bytes.getLong(at + 1);
    long end = bytes.getLong(at + 9);
    byte[] pattern = new byte[length - DELETION_FIXED];
    bytes.get(at + DELETION_FIXED, pattern);
    if (start > end) {
      throw new IOException("mods entry with empty range at " + at + ": " + where);
    }
    return new Deletion(new String(pattern, StandardCharsets.UTF_8), new TimeRange(start, end));
  }

  private static int crc(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  private static int crc(ByteBuffer bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes.slice(offset, length));
    return (int) crc.getValue();
  }
}
