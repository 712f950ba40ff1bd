package org.stratadb.datanode.rpc.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Frame buffers of the client service handed back after their request, so that a steady stream of
 * writes receives its frames into the same few arrays instead of a new array per request (as large
 * as the request's data: ~8 bytes per point). Shared by the connections of one server; it keeps at
 * most {@link #MAX_KEPT} buffers of at most {@link #MAX_BUFFER_BYTES} each, {@link
 * #MAX_TOTAL_BYTES} in all, and drops what does not fit.
 */
final class FramePool {
  static final int MAX_BUFFER_BYTES = 16 << 20;
  static final long MAX_TOTAL_BYTES = 64L << 20;
  static final int MAX_KEPT = 64;

  private final List<byte[]> free = new ArrayList<>();
  private long freeBytes;

  /**
   * A buffer for a frame that claims {@code claimed} bytes: the smallest kept one that holds it
   * all, else the largest kept one of at least {@code minimum} bytes, else a new one of {@code
   * minimum} bytes (a claim alone never makes the server allocate more than that).
   */
  synchronized byte[] take(int claimed, int minimum) {
    int best = -1;
    for (int i = 0; i < free.size(); i++) {
      int length = free.get(i).length;
      if (length < minimum) {
        continue;
      }
      if (best < 0) {
        best = i;
        continue;
      }
      int bestLength = free.get(best).length;
      boolean fits = length >= claimed;
      boolean bestFits = bestLength >= claimed;
      if (fits && (!bestFits || length < bestLength) || !fits && !bestFits && length > bestLength) {
        best = i;
      }
    }
    if (best < 0) {
      return new byte[minimum];
    }
    byte[] buffer = free.remove(best);
    freeBytes -= buffer.length;
    return buffer;
  }

  /** Takes back a buffer no request uses any more. */
  synchronized void give(byte[] buffer) {
    if (buffer == null
        || buffer.length > MAX_BUFFER_BYTES
        || free.size() >= MAX_KEPT
        || freeBytes + buffer.length > MAX_TOTAL_BYTES) {
      return;
    }
    free.add(buffer);
    freeBytes += buffer.length;
  }

  synchronized int kept() {
    return free.size();
  }
}
