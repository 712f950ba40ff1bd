package org.stratadb.it.mini;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The threads of this JVM at one moment, to check later that everything started since has ended.
 * Threads that libraries start once per JVM and keep (or keep idle for a while) on purpose are not
 * counted: they are shared by every node and every test, and no node can end them.
 */
public final class ThreadLeaks {
  /**
   * Names of JVM-wide threads: the common fork-join pool, Netty's global executor and object
   * cleaner (through Ratis' shaded gRPC), gRPC's shared-resource destroyer, the timers of Ratis'
   * process-wide {@code TimeoutTimer} ({@code timer0}, {@code timer1}, ...: created on first use,
   * never cancelled), and the JDK's and Surefire's own helpers.
   */
  private static final List<Pattern> SHARED =
      Stream.of(
              "ForkJoinPool\\.commonPool-worker-\\d+",
              "globalEventExecutor-.*",
              "ObjectCleanerThread",
              "grpc-shared-destroyer-.*",
              "timer\\d+",
              "process reaper",
              "Attach Listener",
              "Common-Cleaner",
              "Notification Thread",
              "surefire-forkedjvm-.*")
          .map(Pattern::compile)
          .toList();

  private final Set<Thread> baseline;

  private ThreadLeaks(Set<Thread> baseline) {
    this.baseline = baseline;
  }

  /** The threads alive now. */
  public static ThreadLeaks baseline() {
    return new ThreadLeaks(Set.copyOf(Thread.getAllStackTraces().keySet()));
  }

  /** Threads alive now that were not at the baseline, except the JVM-wide ones; by name. */
  public List<Thread> newThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> !baseline.contains(t))
        .filter(t -> SHARED.stream().noneMatch(p -> p.matcher(t.getName()).matches()))
        .sorted(Comparator.comparing(Thread::getName))
        .toList();
  }

  /**
   * Waits until every thread started since the baseline has ended, at most {@code timeout}.
   *
   * @throws MiniClusterException naming the threads still alive (with their stacks) after that
   */
  public void awaitNoNewThreads(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Thread> alive = newThreads();
    while (!alive.isEmpty() && System.nanoTime() - deadline < 0) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      alive = newThreads();
    }
    if (!alive.isEmpty()) {
      throw new MiniClusterException(
          alive.size()
              + " thread(s) still alive "
              + timeout.toSeconds()
              + " s after the cluster closed:\n"
              + alive.stream().map(ThreadLeaks::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Thread t) {
    StackTraceElement[] stack = t.getStackTrace();
    StringBuilder out = new StringBuilder("  \"" + t.getName() + "\" " + t.getState());
    for (int i = 0; i < Math.min(8, stack.length); i++) {
      out.append("\n      at ").append(stack[i]);
    }
    return out.toString();
  }
}
