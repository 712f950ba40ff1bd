package org.stratadb.storage.wal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** The open segment: appends framed records. Callers serialize {@link #append} themselves. */
final class SegmentWriter implements Closeable {
  /** Records up to this size are copied next to their header so that they cost one write call. */
  private static final int COALESCE_BYTES = 16 * 1024;

  private final long id;
  private final WalFile file;
  private byte[] scratch = new byte[WalFrame.HEADER_BYTES + COALESCE_BYTES];
  private volatile long size;

  private SegmentWriter(long id, WalFile file) {
    this.id = id;
    this.file = file;
  }

  static SegmentWriter create(Path dir, long id, WalFiles files) throws IOException {
    return new SegmentWriter(id, files.create(SegmentNames.path(dir, id)));
  }

  long id() {
    return id;
  }

  long size() {
    return size;
  }

  /** Writes the frame; the payload buffer's position is left where it was. */
  void append(byte[] header, ByteBuffer payload) throws IOException {
    int length = payload.remaining();
    if (payload.hasArray() && length > COALESCE_BYTES) {
      file.write(header, 0, header.length);
      file.write(payload.array(), payload.arrayOffset() + payload.position(), length);
    } else {
      int total = header.length + length;
      if (scratch.length < total) {
        // Only direct buffers land here with a big payload; keep the largest seen.
        scratch = new byte[total];
      }
      System.arraycopy(header, 0, scratch, 0, header.length);
      payload.duplicate().get(scratch, header.length, length);
      file.write(scratch, 0, total);
    }
    size += header.length + length;
  }

  void sync() throws IOException {
    file.sync();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
