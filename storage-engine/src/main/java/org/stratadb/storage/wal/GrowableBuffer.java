package org.stratadb.storage.wal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A heap buffer that {@link WalCodec#encodeInto} reuses across calls, so a writer thread that logs
 * a tablet per request does not allocate a fresh megabyte each time. Not thread-safe: keep one per
 * thread.
 */
public final class GrowableBuffer {
  private static final int DEFAULT_CAPACITY = 64 * 1024;

  private ByteBuffer buffer;

  public GrowableBuffer() {
    this(DEFAULT_CAPACITY);
  }

  public GrowableBuffer(int initialCapacity) {
    buffer = allocate(Math.max(16, initialCapacity));
  }

  public int capacity() {
    return buffer.capacity();
  }

  /** Drops the contents and returns the buffer, cleared, with room for at least {@code bytes}. */
  ByteBuffer reset(int bytes) {
    if (buffer.capacity() < bytes) {
      // Doubling keeps the number of reallocations logarithmic when sizes creep up.
      int grown = (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(bytes, 2L * buffer.capacity()));
      buffer = allocate(grown);
    }
    return buffer.clear();
  }

  static ByteBuffer allocate(int bytes) {
    return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }
}
