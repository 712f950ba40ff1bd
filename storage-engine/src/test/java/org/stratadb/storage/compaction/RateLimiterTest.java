package org.stratadb.storage.compaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private long now;
  private final List<Long> sleeps = new ArrayList<>();

  /** A limiter on a fake clock; its sleeps are recorded and move the clock. */
  private RateLimiter limiter(long bytesPerSecond) {
    return new RateLimiter(
        bytesPerSecond,
        () -> now,
        nanos -> {
          sleeps.add(nanos);
          now += nanos;
        });
  }

  @Test
  void zeroMeansUnthrottled() throws InterruptedIOException {
    RateLimiter limiter = limiter(0);
    limiter.acquire(Long.MAX_VALUE);
    RateLimiter.UNLIMITED.acquire(1L << 40);
    assertEquals(List.of(), sleeps);
  }

  @Test
  void aFullBucketLetsOneSecondOfBytesThrough() throws InterruptedIOException {
    RateLimiter limiter = limiter(1000);
    limiter.acquire(600);
    limiter.acquire(400);
    assertEquals(List.of(), sleeps);
    limiter.acquire(250);
    assertEquals(List.of(250_000_000L), sleeps);
  }

  @Test
  void aWriteLargerThanTheBucketPassesAndIsPaidFor() throws InterruptedIOException {
    RateLimiter limiter = limiter(1000);
    limiter.acquire(3500);
    assertEquals(List.of(2_500_000_000L), sleeps);
    limiter.acquire(100);
    assertEquals(List.of(2_500_000_000L, 100_000_000L), sleeps);
  }

  @Test
  void idleTimeRefillsTheBucketUpToOneSecond() throws InterruptedIOException {
    RateLimiter limiter = limiter(1000);
    limiter.acquire(1000);
    now += 300_000_000L; // 300 bytes come back
    limiter.acquire(300);
    assertEquals(List.of(), sleeps);
    now += 60_000_000_000L; // a minute idle still refills one second only
    limiter.acquire(1500);
    assertEquals(List.of(500_000_000L), sleeps);
  }

  @Test
  void theRateHoldsOverManySmallWrites() throws InterruptedIOException {
    RateLimiter limiter = limiter(1_000_000);
    long start = now;
    for (int i = 0; i < 10_000; i++) {
      limiter.acquire(1000);
    }
    // ten megabytes at a megabyte per second, less the first second's burst
    long elapsed = now - start;
    assertTrue(Math.abs(elapsed - 9_000_000_000L) <= 10_000, "elapsed " + elapsed);
  }

  @Test
  void anInterruptedWaitThrowsAndKeepsTheFlag() {
    RateLimiter limiter =
        new RateLimiter(
            10,
            () -> 0L,
            nanos -> {
              throw new InterruptedException();
            });
    try {
      assertThrows(InterruptedIOException.class, () -> limiter.acquire(100));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aNegativeRateIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(-1));
  }
}
