package org.stratadb.storage.wal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.stratadb.storage.api.WalException;

/**
 * The background thread that forces the log. In SYNC mode it forces on demand: writers register the
 * ticket they need and sleep, and one force covers every ticket written before it started, so
 * writers that arrive during a force share the next one (group commit). In ASYNC mode it forces at
 * a fixed delay and nobody waits.
 */
final class WalSyncer {

  /** Forces everything written so far and returns the highest ticket that is now durable. */
  @FunctionalInterface
  interface Forcer {
    long force() throws IOException;
  }

  private final Object lock = new Object();
  private final Forcer forcer;
  private final long periodNanos;
  private final Thread thread;
  private volatile long durable;
  private long requested;
  private Throwable failure;
  private boolean stopping;
  private boolean closed;

  /** {@code periodMillis == 0} forces on demand (SYNC); above 0 forces periodically (ASYNC). */
  WalSyncer(Forcer forcer, long periodMillis, String threadName) {
    this.forcer = forcer;
    this.periodNanos = TimeUnit.MILLISECONDS.toNanos(periodMillis);
    this.thread = new Thread(this::run, threadName);
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Returns once {@code ticket} is durable; throws if the log failed or closed before that. */
  void await(long ticket) throws WalException {
    if (ticket <= durable) {
      return;
    }
    synchronized (lock) {
      if (ticket > requested) {
        requested = ticket;
        lock.notifyAll();
      }
      while (durable < ticket) {
        if (failure != null) {
          throw new WalException("WAL force failed; record " + ticket + " may be lost", failure);
        }
        if (closed) {
          throw new WalException("WAL closed before record " + ticket + " was forced", null);
        }
        waitOrThrow(ticket);
      }
    }
  }

  /** Records that {@code ticket} and all before it are durable (also used by roll and close). */
  void advance(long ticket) {
    synchronized (lock) {
      if (ticket > durable) {
        durable = ticket;
      }
      lock.notifyAll();
    }
  }

  void fail(Throwable cause) {
    synchronized (lock) {
      if (failure == null) {
        failure = cause;
      }
      lock.notifyAll();
    }
  }

  /**
   * Stops the thread and waits for it; a force in progress completes first. The thread is never
   * interrupted, since that could break the file it is forcing.
   */
  void stopThread() {
    synchronized (lock) {
      stopping = true;
      lock.notifyAll();
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Wakes the remaining waiters for good: tickets not durable by now never will be. */
  void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  private void run() {
    try {
      while (awaitWork()) {
        advance(forcer.force());
      }
    } catch (IOException | RuntimeException e) {
      fail(e);
    } catch (InterruptedException e) {
      // Nobody interrupts this thread; if someone does, stop forcing rather than spin.
      Thread.currentThread().interrupt();
    }
  }

  /** Sleeps until a force is due; false once the thread must stop. */
  private boolean awaitWork() throws InterruptedException {
    synchronized (lock) {
      if (periodNanos == 0) {
        while (!stopping && requested <= durable) {
          lock.wait();
        }
      } else {
        long deadline = System.nanoTime() + periodNanos;
        long left = periodNanos;
        while (!stopping && left > 0) {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
          left = deadline - System.nanoTime();
        }
      }
      return !stopping;
    }
  }

  private void waitOrThrow(long ticket) throws WalException {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WalException("interrupted while waiting for record " + ticket + " to be forced", e);
    }
  }
}
