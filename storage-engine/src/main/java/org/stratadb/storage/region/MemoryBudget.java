package org.stratadb.storage.region;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Heap held by all memtables of an engine. Writers reserve what their memtables grew by; flushes
 * release it. A writer over budget waits a bounded time for flushes to free memory, then is
 * rejected, so an ingest storm slows down or fails loudly instead of running out of heap.
 */
final class MemoryBudget {
  private final long limitBytes;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition released = lock.newCondition();
  private long usedBytes;

  MemoryBudget(long limitBytes) {
    this.limitBytes = limitBytes;
  }

  void add(long bytes) {
    lock.lock();
    try {
      usedBytes += bytes;
    } finally {
      lock.unlock();
    }
  }

  void release(long bytes) {
    lock.lock();
    try {
      usedBytes = Math.max(0, usedBytes - bytes);
      released.signalAll();
    } finally {
      lock.unlock();
    }
  }

  boolean overLimit() {
    lock.lock();
    try {
      return usedBytes >= limitBytes;
    } finally {
      lock.unlock();
    }
  }

  /** Waits until use is under the limit; false if it still is not after {@code waitMillis}. */
  boolean awaitRoom(long waitMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    lock.lock();
    try {
      while (usedBytes >= limitBytes) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        released.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  long usedBytes() {
    lock.lock();
    try {
      return usedBytes;
    } finally {
      lock.unlock();
    }
  }

  long limitBytes() {
    return limitBytes;
  }
}
