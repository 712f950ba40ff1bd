package org.stratadb.storage.wal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.api.WalMode;

@ExtendWith(WalLeakCheck.class)
class WalGroupCommitTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 150;

  @TempDir Path dir;

  @Test
  void concurrentSyncWritersShareForces() throws Exception {
    FaultyFiles files = new FaultyFiles();
    // A slow disk makes writers pile up behind each force, as they do under real load.
    files.syncDelayMillis = 5;
    long forces;
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0, files)) {
      runWriters(log);
      forces = log.forceCount();
    }
    int records = THREADS * PER_THREAD;
    System.out.println("SYNC group commit: " + records + " records, " + forces + " forces");
    // Each force covers at least the writers that queued during the previous one; a force per
    // record would be 1200. Half of that is a bound no scheduling hiccup can reach.
    assertTrue(forces < records / 2, forces + " forces for " + records + " records");
    assertAllReplayed(records);
  }

  @Test
  void concurrentSyncWritersOnTheRealDiskAllReturnDurable() throws Exception {
    long forces;
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0)) {
      runWriters(log);
      forces = log.forceCount();
    }
    int records = THREADS * PER_THREAD;
    System.out.println("SYNC on the real disk: " + records + " records, " + forces + " forces");
    assertTrue(forces <= records);
    assertAllReplayed(records);
  }

  @Test
  void aRollDoesNotForceButTheNextForceCoversTheRolledSegment() throws Exception {
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0)) {
      long ticket = log.append(WalLogTest.record(1));
      long forcesBefore = log.forceCount();
      log.roll();
      assertEquals(forcesBefore, log.forceCount(), "a roll must not wait for an fsync");
      long next = log.append(WalLogTest.record(2));
      log.awaitDurable(next);
      log.awaitDurable(ticket);
      assertTrue(log.forceCount() > forcesBefore, "the rolled record was never forced");
    }
    assertAllReplayed(2);
  }

  @Test
  void asyncForcesInTheBackgroundWithoutWaiters() throws Exception {
    try (WalLog log = WalLog.open(dir, WalMode.ASYNC, 20)) {
      long start = System.nanoTime();
      log.awaitDurable(log.append(WalLogTest.record(1)));
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "ASYNC must not wait");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (log.forceCount() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(1, log.forceCount());
      // Nothing new written: the periodic force has nothing to do.
      Thread.sleep(100);
      assertEquals(1, log.forceCount());
    }
  }

  @Test
  void closeStopsTheBackgroundThread() throws Exception {
    WalLog log = WalLog.open(dir, WalMode.ASYNC, 5);
    assertFalse(WalLeakCheck.walThreads().isEmpty());
    if (Files.isDirectory(Path.of("/proc/self/fd"))) {
      assertEquals(1, WalLeakCheck.openSegmentFiles().size(), "the leak check sees open segments");
    }
    log.append(WalLogTest.record(1));
    log.close();
    assertTrue(WalLeakCheck.walThreads().isEmpty());
    assertTrue(WalLeakCheck.openSegmentFiles().isEmpty());
    assertEquals(1, WalReplayer.replay(dir, (segment, entry) -> {}).records());
  }

  private static void runWriters(WalLog log) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < PER_THREAD; i++) {
                    log.awaitDurable(log.append(record(thread, i)));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
  }

  private void assertAllReplayed(int records) throws Exception {
    Set<String> seen = new HashSet<>();
    ReplayStats stats =
        WalReplayer.replay(
            dir,
            (segment, entry) -> seen.add(((WalEntry.DeleteEntry) entry).deletion().pathPattern()));
    assertEquals(records, stats.records());
    assertEquals(records, seen.size());
  }

  private static ByteBuffer record(int thread, int i) {
    return WalCodec.encode(
        new WalEntry.DeleteEntry(new Deletion("root.t" + thread + ".r" + i, TimeRange.ALL)));
  }
}
