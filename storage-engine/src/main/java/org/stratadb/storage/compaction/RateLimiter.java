package org.stratadb.storage.compaction;

import java.io.InterruptedIOException;
import java.util.function.LongSupplier;

/**
 * A token bucket of bytes that throttles compaction output, shared by every compaction it should
 * bound together. The bucket holds at most one second of bytes, and starts full. A write takes its
 * bytes first and then waits off any debt, so a chunk larger than the bucket still passes, and the
 * writes that follow wait for it: over time the rate holds whatever the write sizes.
 *
 * <p>Thread-safe; callers sleep outside the lock.
 */
public final class RateLimiter {
  private static final double NANOS_PER_SECOND = 1e9;

  /** Sleeps; a seam for tests that must not. */
  @FunctionalInterface
  public interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  /** Never waits. */
  public static final RateLimiter UNLIMITED = new RateLimiter(0);

  private final long bytesPerSecond;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;
  private double available;
  private long refilledAt;

  /** Throttles to {@code bytesPerSecond}; 0 means unthrottled. */
  public RateLimiter(long bytesPerSecond) {
    this(bytesPerSecond, System::nanoTime, RateLimiter::sleep);
  }

  /**
   * @param nanoClock a monotonic clock in nanoseconds, as {@link System#nanoTime()}
   */
  public RateLimiter(long bytesPerSecond, LongSupplier nanoClock, Sleeper sleeper) {
    if (bytesPerSecond < 0) {
      throw new IllegalArgumentException("bytesPerSecond must not be negative: " + bytesPerSecond);
    }
    this.bytesPerSecond = bytesPerSecond;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
    this.available = bytesPerSecond;
    this.refilledAt = bytesPerSecond == 0 ? 0 : nanoClock.getAsLong();
  }

  public long bytesPerSecond() {
    return bytesPerSecond;
  }

  /**
   * Accounts for {@code bytes} just written, waiting as long as the rate requires.
   *
   * @throws InterruptedIOException when interrupted while waiting (the interrupt flag is kept)
   */
  public void acquire(long bytes) throws InterruptedIOException {
    if (bytesPerSecond == 0 || bytes <= 0) {
      return;
    }
    long wait = reserve(bytes);
    if (wait <= 0) {
      return;
    }
    try {
      sleeper.sleepNanos(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while throttling compaction output");
    }
  }

  /** Takes {@code bytes} from the bucket; returns how long to wait off the debt, in nanos. */
  private synchronized long reserve(long bytes) {
    long now = nanoClock.getAsLong();
    long elapsed = now - refilledAt;
    if (elapsed > 0) {
      available =
          Math.min(
              bytesPerSecond, available + (double) elapsed * bytesPerSecond / NANOS_PER_SECOND);
      refilledAt = now;
    }
    available -= bytes;
    return available >= 0 ? 0 : (long) Math.ceil(-available * NANOS_PER_SECOND / bytesPerSecond);
  }

  private static void sleep(long nanos) throws InterruptedException {
    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
  }
}
