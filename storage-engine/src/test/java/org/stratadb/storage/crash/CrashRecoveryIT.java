package org.stratadb.storage.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.testing.RegionFixtures;
import org.stratadb.storage.testing.Seeds;

/**
 * Kills a writing process with {@code kill -9} at random moments, many times, and checks after each
 * kill that the reopened region holds every acknowledged operation and nothing else: exactly the
 * operations acknowledged, plus possibly the one that was in flight.
 *
 * <p>{@code -Dcrash.iterations=N} runs longer; {@code -Dcrash.seed=S} replays a run.
 */
class CrashRecoveryIT {
  private static final long START_TIMEOUT_SECONDS = 60;

  @TempDir Path home;

  @Test
  void noAcknowledgedWriteIsLostAcrossKills() throws Exception {
    long seed = Seeds.seed("crash.seed");
    int iterations = Integer.getInteger("crash.iterations", 8);
    Random random = new Random(seed);
    CrashModel model = new CrashModel();
    long nextOp = 0;
    for (int i = 0; i < iterations; i++) {
      WalMode mode = i % 2 == 0 ? WalMode.ASYNC : WalMode.SYNC;
      long lastAcked = runAndKill(mode, nextOp, 150 + random.nextInt(1500));
      for (long op = nextOp; op <= lastAcked; op++) {
        model.apply(op);
      }
      CrashModel withInFlight = model.copy();
      withInFlight.apply(lastAcked + 1);
      CrashModel actual = readBack(mode);
      if (actual.equals(withInFlight.withoutEmpty())) {
        model = withInFlight;
      } else if (!actual.equals(model.withoutEmpty())) {
        fail(
            "after kill "
                + i
                + " (seed "
                + seed
                + ", last acknowledged op "
                + lastAcked
                + ") the region holds "
                + actual.pointCount()
                + " points, expected "
                + model.withoutEmpty().pointCount()
                + " or "
                + withInFlight.withoutEmpty().pointCount()
                + "; vs acknowledged: "
                + actual.firstDifference(model.withoutEmpty())
                + "; vs in flight: "
                + actual.firstDifference(withInFlight.withoutEmpty()));
      }
      System.out.println(
          "[crash] kill " + i + " (" + mode + "): ops up to " + lastAcked + " intact");
      nextOp = lastAcked + 2;
    }
    assertTrue(nextOp > iterations, "the writer made no progress");
  }

  /** Runs the writer from {@code firstOp}, kills it after {@code millis}; the last acked op. */
  private long runAndKill(WalMode mode, long firstOp, long millis) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashWriter.class.getName(),
            home.toString(),
            mode.name(),
            Long.toString(firstOp));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process child = builder.start();
    try {
      if (!awaitReady(child, START_TIMEOUT_SECONDS)) {
        fail("the writer did not start within " + START_TIMEOUT_SECONDS + " s");
      }
      Thread.sleep(millis);
      child.destroyForcibly();
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        fail("the writer " + child.pid() + " did not die after SIGKILL");
      }
      return lastAcked(firstOp);
    } finally {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  private CrashModel readBack(WalMode mode) throws Exception {
    CrashModel actual = new CrashModel();
    try (StorageEngine engine = StorageEngine.open(CrashOptions.of(home, mode))) {
      DataRegion region = engine.openRegion("root.crash", 3);
      for (int d = 0; d < CrashWorkload.DEVICES; d++) {
        String device = CrashWorkload.device(d);
        for (int c = 0; c < CrashWorkload.MEASUREMENTS.size(); c++) {
          String measurement = CrashWorkload.MEASUREMENTS.get(c);
          actual.put(device + "." + measurement, RegionFixtures.read(region, device, measurement));
        }
      }
    }
    return actual;
  }

  /**
   * The last operation this run of the writer acknowledged, or {@code firstOp - 1} when it was
   * killed before acknowledging any: the file also holds the acknowledgements of earlier runs.
   */
  private long lastAcked(long firstOp) throws IOException {
    Path file = home.resolve(CrashWriter.ACK_FILE);
    List<String> lines =
        Files.exists(file) ? Files.readAllLines(file, StandardCharsets.US_ASCII) : List.of();
    long last = lines.isEmpty() ? -1 : Long.parseLong(lines.get(lines.size() - 1).substring(4));
    return last >= firstOp ? last : firstOp - 1;
  }

  /** Waits, bounded, for the writer to say it has opened the region. */
  private static boolean awaitReady(Process child, long seconds) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (lines.ready() && "READY".equals(lines.readLine())) {
        return true;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
