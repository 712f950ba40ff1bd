package org.stratadb.query.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stratadb.query.analyze.GroupByTime;
import org.stratadb.storage.api.TimeRange;

class WindowPiecesTest {
  @Test
  void unalignedRangeGetsHeadWindowsThenAlignedBody() {
    GroupByTime g = new GroupByTime(0, 100, 10, 5);
    List<AggregationPiece> pieces = new ArrayList<>();
    assertTrue(AggregationPlanner.windowPieces(g, new TimeRange(12, 40), pieces));
    assertEquals(
        List.of(
            AggregationPiece.whole(new TimeRange(12, 14), 5),
            AggregationPiece.whole(new TimeRange(12, 19), 10),
            AggregationPiece.windowed(new TimeRange(15, 40), 10, 5)),
        pieces);
  }

  @Test
  void tooManyOverlappingWindowsFallBack() {
    GroupByTime g = new GroupByTime(0, 10_000, 1000, 1);
    assertFalse(AggregationPlanner.windowPieces(g, new TimeRange(5000, 6000), new ArrayList<>()));
  }

  /** Every time of the range is counted in exactly the windows that hold it, once. */
  @Test
  void piecesCoverEachWindowExactly() {
    long seed = Long.getLong("windows.seed", System.nanoTime());
    System.out.println("WindowPiecesTest seed=" + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      long start = random.nextInt(20);
      GroupByTime g =
          new GroupByTime(
              start,
              start + 1 + random.nextInt(80),
              1 + random.nextInt(12),
              1 + random.nextInt(12));
      long a = g.start() + random.nextInt((int) (g.end() - g.start()));
      long b = a + random.nextInt((int) (g.end() - a));
      List<AggregationPiece> pieces = new ArrayList<>();
      assertTrue(AggregationPlanner.windowPieces(g, new TimeRange(a, b), pieces));
      for (long k = 0; k < g.windowCount(); k++) {
        for (long t = a; t <= b; t++) {
          boolean inWindow = t >= g.windowStart(k) && t <= g.windowLast(k);
          int covered = 0;
          for (AggregationPiece p : pieces) {
            covered += covers(p, k, t, g) ? 1 : 0;
          }
          assertEquals(
              inWindow ? 1 : 0,
              covered,
              "seed " + seed + " " + g + " " + a + ".." + b + " k=" + k + " t=" + t);
        }
      }
    }
  }

  /** Whether piece p puts time t into window k (keyed by the window's start). */
  private static boolean covers(AggregationPiece p, long k, long t, GroupByTime g) {
    if (!p.range().contains(t)) {
      return false;
    }
    if (!p.isWindowed()) {
      return p.key() == g.windowStart(k);
    }
    long rel = g.windowStart(k) - p.range().start();
    if (rel < 0 || rel % p.step() != 0) {
      return false;
    }
    long ws = g.windowStart(k);
    long we = Math.min(ws + p.interval() - 1, p.range().end());
    return t >= ws && t <= we;
  }
}
