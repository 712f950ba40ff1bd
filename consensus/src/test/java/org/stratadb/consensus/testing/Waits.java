package org.stratadb.consensus.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for tests. */
public final class Waits {
  public static final Duration DEFAULT = Duration.ofSeconds(15);

  private Waits() {}

  public static void await(String what, BooleanSupplier condition) {
    await(what, DEFAULT, condition);
  }

  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout.toMillis() + " ms waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
