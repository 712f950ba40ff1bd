package org.stratadb.it.mini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The leak check the MiniCluster runs on close: it sees a new thread, and its end. */
class ThreadLeaksTest {

  @Test
  void aThreadStartedAfterTheBaselineIsALeakUntilItEnds() throws InterruptedException {
    ThreadLeaks leaks = ThreadLeaks.baseline();
    CountDownLatch release = new CountDownLatch(1);
    Thread worker =
        new Thread(
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "dn7-leaky-worker");
    worker.start();
    try {
      assertEquals(List.of(worker), leaks.newThreads());
      MiniClusterException e =
          assertThrows(
              MiniClusterException.class, () -> leaks.awaitNoNewThreads(Duration.ofMillis(300)));
      assertTrue(e.getMessage().contains("\"dn7-leaky-worker\""), e::getMessage);
    } finally {
      release.countDown();
    }
    leaks.awaitNoNewThreads(Duration.ofSeconds(5));
    worker.join(1000);
  }

  @Test
  void jvmWideLibraryThreadsAreNotLeaks() throws InterruptedException {
    ThreadLeaks leaks = ThreadLeaks.baseline();
    CountDownLatch hold = new CountDownLatch(1);
    Runnable waitForRelease =
        () -> {
          try {
            hold.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    Thread timer = new Thread(waitForRelease, "timer3");
    Thread mine = new Thread(waitForRelease, "timer-of-cn0");
    timer.start();
    mine.start();
    try {
      assertEquals(List.of(mine), leaks.newThreads());
    } finally {
      hold.countDown();
      timer.join(1000);
      mine.join(1000);
    }
  }
}
