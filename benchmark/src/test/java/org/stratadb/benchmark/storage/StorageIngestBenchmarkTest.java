package org.stratadb.benchmark.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the harness runnable: a tiny run end to end (which also checks that the engine reads back
 * every point it was given) and the data generator's determinism. No timings are asserted.
 */
class StorageIngestBenchmarkTest {

  @Test
  void tinyRunReportsEverySectionAndCleansUp(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("bench");
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    StorageIngestBenchmark.run(
        new String[] {
          "points=200000", "devices=4", "sensors=10", "rows=500", "warmup=20000", "dir=" + dir
        },
        new PrintStream(report, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String text = report.toString(StandardCharsets.UTF_8);
    for (String section :
        new String[] {
          "StrataDB writes + flush",
          "TsFileWriter writes + close",
          "region.flush()",
          "bytes/point",
          "scan 10 sensors, 1 device",
          "aggregate same, group by 1h",
          "Issue 3 targets"
        }) {
      assertTrue(text.contains(section), () -> "no '" + section + "' in\n" + text);
    }
    assertTrue(text.contains("200,000"), text);
    assertFalse(Files.exists(dir), "the run leaves its directory behind");
  }

  @Test
  void sameSeedGivesSameTablets() {
    Workload workload = Workload.forPoints(3, 4, 50, 3 * 4 * 50 * 2, 7);
    TabletData first = new TabletData(workload);
    TabletData second = new TabletData(workload);
    RandomWalk a = new RandomWalk(workload);
    RandomWalk b = new RandomWalk(workload);
    for (int round = 0; round < workload.rounds(); round++) {
      for (int d = 0; d < workload.devices(); d++) {
        a.next(d, round, first);
        b.next(d, round, second);
        assertArrayEquals(first.times(), second.times());
        assertArrayEquals(first.doubles(0), second.doubles(0));
        assertArrayEquals(first.longs(3), second.longs(3));
      }
    }
    assertEquals(workload.lastTime(), first.times()[workload.rows() - 1]);
  }
}
