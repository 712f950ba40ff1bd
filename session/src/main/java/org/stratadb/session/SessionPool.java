package org.stratadb.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pool of open sessions for many threads. {@link #execute} lends a session to a callback
 * and takes it back; a session whose callback failed with a {@link ConnectionException} is closed
 * instead of reused. Results must be read inside the callback (a {@link SessionDataSet} must not
 * escape it).
 */
public final class SessionPool implements AutoCloseable {
  /** Work done with a borrowed session. */
  public interface Work<T> {
    T run(Session session) throws StatementExecutionException, ConnectionException;
  }

  private final Session.Builder builder;
  private final int maxSize;
  private final long waitMs;
  private final Deque<Session> idle = new ArrayDeque<>();
  private int created;
  private boolean closed;

  /**
   * @param builder settings of every session (each session is built from it)
   * @param maxSize most sessions open at once
   * @param waitMs how long to wait for a free session before failing
   */
  public SessionPool(Session.Builder builder, int maxSize, long waitMs) {
    if (maxSize <= 0) {
      throw new IllegalArgumentException("maxSize must be positive: " + maxSize);
    }
    this.builder = builder;
    this.maxSize = maxSize;
    this.waitMs = waitMs;
  }

  /** Runs {@code work} with a pooled session. */
  public <T> T execute(Work<T> work) throws StatementExecutionException, ConnectionException {
    Session session = borrow();
    boolean healthy = false;
    try {
      T result = work.run(session);
      healthy = true;
      return result;
    } catch (StatementExecutionException e) {
      healthy = true;
      throw e;
    } finally {
      giveBack(session, healthy);
    }
  }

  public void insertTablet(Tablet tablet) throws StatementExecutionException, ConnectionException {
    execute(
        s -> {
          s.insertTablet(tablet);
          return null;
        });
  }

  public void executeNonQueryStatement(String sql)
      throws StatementExecutionException, ConnectionException {
    execute(
        s -> {
          s.executeNonQueryStatement(sql);
          return null;
        });
  }

  private Session borrow() throws StatementExecutionException, ConnectionException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
    synchronized (this) {
      while (true) {
        if (closed) {
          throw new ConnectionException("session pool is closed");
        }
        if (!idle.isEmpty()) {
          return idle.pop();
        }
        if (created < maxSize) {
          created++;
          break;
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new ConnectionException(
              "no free session in the pool of " + maxSize + " after " + waitMs + " ms");
        }
        try {
          wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ConnectionException("interrupted while waiting for a session", e);
        }
      }
    }
    Session session = builder.build();
    try {
      session.open();
      return session;
    } catch (StatementExecutionException | ConnectionException | RuntimeException e) {
      release();
      throw e;
    }
  }

  private void giveBack(Session session, boolean healthy) {
    synchronized (this) {
      if (healthy && !closed) {
        idle.push(session);
        notifyAll();
        return;
      }
    }
    session.close();
    release();
  }

  private synchronized void release() {
    created--;
    notifyAll();
  }

  /** Closes the idle sessions now and borrowed ones when they come back. */
  @Override
  public void close() {
    Deque<Session> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
      created -= toClose.size();
      notifyAll();
    }
    for (Session s : toClose) {
      s.close();
    }
  }

  /** Sessions open now (idle and borrowed). */
  public synchronized int size() {
    return created;
  }
}
