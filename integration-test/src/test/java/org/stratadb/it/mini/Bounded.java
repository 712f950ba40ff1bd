package org.stratadb.it.mini;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Runs a step that may block (a node's start or stop) on a thread of its own and waits for it at
 * most a given time, so that a hung node fails the test instead of hanging the build.
 */
final class Bounded {
  private Bounded() {}

  /**
   * Runs {@code step} and returns once it has finished.
   *
   * @throws MiniClusterException if it fails (with its exception as the cause) or does not finish
   *     within {@code timeout}; then its thread is interrupted and its stack is in the message
   */
  static void run(String what, Duration timeout, Runnable step) {
    FutureTask<Void> task = new FutureTask<>(step, null);
    Thread thread = new Thread(task, "mini-" + what.replace(' ', '-'));
    thread.setDaemon(true);
    thread.start();
    try {
      task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      String stack = stack(thread);
      thread.interrupt();
      throw new MiniClusterException(
          what + " did not finish within " + timeout.toSeconds() + " s; it was at:\n" + stack);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new MiniClusterException(what + " failed: " + cause, cause);
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new MiniClusterException(what + " was interrupted", e);
    }
  }

  private static String stack(Thread thread) {
    return Arrays.stream(thread.getStackTrace())
        .limit(40)
        .map(f -> "    at " + f)
        .collect(Collectors.joining("\n"));
  }
}
