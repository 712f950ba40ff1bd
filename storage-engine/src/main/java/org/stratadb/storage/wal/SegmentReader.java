package org.stratadb.storage.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the frames of one segment through a read-ahead window, so small records do not cost a
 * system call each, and stops at the first frame that is cut off, fails its CRC or does not decode.
 */
final class SegmentReader {
  private static final int WINDOW_BYTES = 1 << 20;

  private final FileChannel channel;
  private final long size;
  private ByteBuffer window = GrowableBuffer.allocate(WINDOW_BYTES).flip();
  private long readPosition;

  private SegmentReader(FileChannel channel, long size) {
    this.channel = channel;
    this.size = size;
  }

  static SegmentScan scan(Path path, long segmentId, WalReplayer.Visitor visitor)
      throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return new SegmentReader(channel, channel.size()).scan(segmentId, visitor);
    }
  }

  private SegmentScan scan(long segmentId, WalReplayer.Visitor visitor) throws IOException {
    long offset = 0;
    long records = 0;
    while (offset < size) {
      String torn = checkFrame(size - offset);
      if (torn != null) {
        return new SegmentScan(records, offset, size, torn, true);
      }
      int start = window.position();
      int length = window.getInt(start + 1);
      ByteBuffer payload = window.slice(start + WalFrame.HEADER_BYTES, length);
      WalEntry entry;
      try {
        entry = WalCodec.decode(payload);
      } catch (IllegalArgumentException e) {
        return new SegmentScan(
            records, offset, size, "undecodable entry: " + e.getMessage(), false);
      }
      visitor.visit(segmentId, entry);
      window.position(start + WalFrame.HEADER_BYTES + length);
      offset += WalFrame.HEADER_BYTES + length;
      records++;
    }
    return new SegmentScan(records, offset, size, null, false);
  }

  /**
   * Loads the frame at the window's position and validates it; returns why it is torn, or null when
   * it is whole and its CRC matches.
   */
  private String checkFrame(long left) throws IOException {
    if (left < WalFrame.HEADER_BYTES || !fill(WalFrame.HEADER_BYTES)) {
      return "frame header cut off";
    }
    int start = window.position();
    byte version = window.get(start);
    if (version != WalFrame.VERSION) {
      return "unknown frame version " + version;
    }
    int length = window.getInt(start + 1);
    if (length <= 0 || length > left - WalFrame.HEADER_BYTES) {
      return "frame length " + length + " runs past the end of the file";
    }
    if (!fill(WalFrame.HEADER_BYTES + length)) {
      return "file shrank while being read";
    }
    start = window.position();
    ByteBuffer prefix = window.slice(start, WalFrame.CRC_PREFIX_BYTES);
    ByteBuffer payload = window.slice(start + WalFrame.HEADER_BYTES, length);
    if (WalFrame.crc(prefix, payload) != window.getInt(start + WalFrame.CRC_PREFIX_BYTES)) {
      return "CRC mismatch";
    }
    return null;
  }

  /** Makes at least {@code bytes} bytes available from the window's position; false at EOF. */
  private boolean fill(int bytes) throws IOException {
    if (window.remaining() >= bytes) {
      return true;
    }
    if (window.capacity() < bytes) {
      ByteBuffer bigger = GrowableBuffer.allocate(bytes);
      bigger.put(window);
      window = bigger;
    } else {
      window.compact();
    }
    while (window.position() < bytes) {
      int read = channel.read(window, readPosition);
      if (read < 0) {
        break;
      }
      readPosition += read;
    }
    window.flip();
    return window.remaining() >= bytes;
  }
}
