package org.stratadb.storage.wal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The frame around every record of a segment: version, payload length, CRC32C, then the payload
 * (see {@code docs/format/wal.md}). The CRC covers the version and length too, so that a
 * zero-filled tail (length 0, CRC 0) can never pass as a valid empty record.
 */
final class WalFrame {
  static final byte VERSION = 1;
  static final int HEADER_BYTES = 9;

  /** Bytes of the header that the CRC covers: version and length. */
  static final int CRC_PREFIX_BYTES = 5;

  static final int MAX_PAYLOAD = 1 << 30;

  private WalFrame() {}

  /** The header for {@code payload} (position to limit); the payload itself is not moved. */
  static byte[] header(ByteBuffer payload) {
    byte[] header = new byte[HEADER_BYTES];
    ByteBuffer view = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
    view.put(VERSION).putInt(payload.remaining());
    view.putInt(crc(ByteBuffer.wrap(header, 0, CRC_PREFIX_BYTES), payload));
    return header;
  }

  /** CRC32C of the version-and-length prefix followed by the payload; neither buffer moves. */
  static int crc(ByteBuffer prefix, ByteBuffer payload) {
    CRC32C crc = new CRC32C();
    crc.update(prefix.duplicate());
    crc.update(payload.duplicate());
    return (int) crc.getValue();
  }
}
