package org.stratadb.storage.memtable;

/**
 * Heap bytes a memtable has allocated. Only the writer (holding the caller's write lock) adds to
 * it; the memtable publishes the total through a volatile field after each insert.
 */
final class MemoryCounter {
  private long bytes;

  void add(long delta) {
    bytes += delta;
  }

  long bytes() {
    return bytes;
  }
}
