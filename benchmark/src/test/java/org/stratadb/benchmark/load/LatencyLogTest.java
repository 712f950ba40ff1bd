package org.stratadb.benchmark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyLogTest {

  @Test
  void nearestRankPercentiles() {
    LatencyLog log = new LatencyLog();
    for (int i = 100; i >= 1; i--) {
      log.add(i);
    }
    assertEquals(50, log.percentileNanos(50));
    assertEquals(99, log.percentileNanos(99));
    assertEquals(100, log.percentileNanos(100));
    assertEquals(1, log.percentileNanos(0.5));
    assertEquals(100, log.maxNanos());
    assertEquals(50.5, log.meanNanos());
  }

  @Test
  void smallLogsAndOddSizes() {
    LatencyLog one = new LatencyLog();
    one.add(7);
    assertEquals(7, one.percentileNanos(50));
    assertEquals(7, one.percentileNanos(99));
    LatencyLog three = new LatencyLog();
    three.add(30);
    three.add(10);
    three.add(20);
    assertEquals(20, three.percentileNanos(50)); // rank ceil(1.5) = 2
    assertEquals(30, three.percentileNanos(99)); // rank ceil(2.97) = 3
    assertTrue(Double.isNaN(new LatencyLog().percentileNanos(50)));
    assertThrows(IllegalArgumentException.class, () -> three.percentileNanos(0));
    assertThrows(IllegalArgumentException.class, () -> three.percentileNanos(101));
  }

  @Test
  void mergeKeepsEveryEntryAndGrowsPastTheInitialCapacity() {
    LatencyLog a = new LatencyLog();
    LatencyLog b = new LatencyLog();
    for (int i = 0; i < 3000; i++) {
      (i % 2 == 0 ? a : b).add(i);
    }
    LatencyLog all = LatencyLog.merge(List.of(a, b, new LatencyLog()));
    assertEquals(3000, all.size());
    assertEquals(1499, all.percentileNanos(50));
    assertEquals(2999, all.maxNanos());
    a.add(1_000_000);
    assertEquals(2999, all.maxNanos(), "merged log is a copy");
  }
}
