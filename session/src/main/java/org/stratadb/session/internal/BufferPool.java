package org.stratadb.session.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap buffers reused across requests of one session, so a steady stream of tablets allocates
 * nothing per call. A buffer handed out is valid until the next call for the same slot.
 */
public final class BufferPool {
  private static final int MIN_CAPACITY = 1024;
  private final List<ByteBuffer> buffers = new ArrayList<>();

  /** A cleared buffer of at least {@code size} bytes for {@code slot}, limit set to size. */
  public ByteBuffer get(int slot, int size) {
    while (buffers.size() <= slot) {
      buffers.add(null);
    }
    ByteBuffer b = buffers.get(slot);
    if (b == null || b.capacity() < size) {
      int capacity = Math.max(MIN_CAPACITY, Math.max(size, b == null ? 0 : b.capacity() * 2));
      b = ByteBuffer.allocate(capacity);
      buffers.set(slot, b);
    }
    b.clear();
    b.limit(size);
    return b;
  }

  /** Drops buffers above {@code maxBytes} so one huge request does not pin memory forever. */
  public void trim(int maxBytes) {
    for (int i = 0; i < buffers.size(); i++) {
      ByteBuffer b = buffers.get(i);
      if (b != null && b.capacity() > maxBytes) {
        buffers.set(i, null);
      }
    }
  }
}
