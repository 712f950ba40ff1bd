package org.stratadb.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded polling: every wait in an IT ends, and a timeout says what was awaited and last seen. */
public final class Await {
  private static final Duration INTERVAL = Duration.ofMillis(500);

  private Await() {}

  /**
   * Calls {@code probe} until its result satisfies {@code done}, at most for {@code timeout}.
   *
   * @return the first result that satisfies {@code done}
   * @throws AssertionError naming {@code what} and the last result, after {@code timeout}
   */
  public static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T last = probe.get();
      if (done.test(last)) {
        return last;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            "waited " + timeout.toSeconds() + " s for " + what + "; last seen:\n" + last);
      }
      Pids.sleep(INTERVAL.toMillis());
    }
  }
}
