package org.stratadb.consensus.testing;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Checks that the threads a test started are gone once it closed everything. A few thread pools are
 * shared by the whole JVM and outlive any one user by design; they are listed here by name.
 */
public final class ThreadLeaks {
  /**
   * Ratis's process-wide TimeoutScheduler keeps one daemon thread for up to a minute after its last
   * task; it is one thread whatever the number of servers.
   */
  private static final List<String> SHARED = List.of("TimeoutScheduler-");

  private ThreadLeaks() {}

  public static Set<Thread> snapshot() {
    return Set.copyOf(Thread.getAllStackTraces().keySet());
  }

  /** Waits up to {@code timeout} for every thread not in {@code before} to end. */
  public static void assertNoNewThreads(Set<Thread> before, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> left;
    do {
      left = leftovers(before);
      if (left.isEmpty()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    } while (System.nanoTime() < deadline);
    throw new AssertionError(
        "threads still running " + timeout.toMillis() + " ms after close: " + left);
  }

  private static List<String> leftovers(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> !before.contains(t))
        .map(Thread::getName)
        .filter(n -> SHARED.stream().noneMatch(n::startsWith))
        .sorted()
        .toList();
  }
}
