package org.stratadb.query.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stratadb.storage.api.TimeRange;

class TimeSetTest {
  @Test
  void mergesOverlappingAndAdjacentRanges() {
    TimeSet set =
        TimeSet.of(
            List.of(
                new TimeRange(5, 9),
                new TimeRange(0, 3),
                new TimeRange(4, 4),
                new TimeRange(20, 30)));
    assertEquals(List.of(new TimeRange(0, 9), new TimeRange(20, 30)), set.ranges());
    assertEquals(new TimeRange(0, 30), set.hull());
  }

  @Test
  void complementAtTheEdges() {
    assertTrue(TimeSet.all().complement().isEmpty());
    assertTrue(TimeSet.none().complement().isAll());
    TimeSet tail = TimeSet.closed(Long.MIN_VALUE, 10).complement();
    assertEquals(List.of(new TimeRange(11, Long.MAX_VALUE)), tail.ranges());
    assertEquals(
        List.of(new TimeRange(Long.MIN_VALUE, 4), new TimeRange(6, Long.MAX_VALUE)),
        TimeSet.closed(5, 5).complement().ranges());
  }

  @Test
  void halfOpenIsEmptyWhenStartReachesEnd() {
    assertTrue(TimeSet.halfOpen(5, 5).isEmpty());
    assertEquals(List.of(new TimeRange(5, 5)), TimeSet.halfOpen(5, 6).ranges());
  }

  @Test
  void setAlgebraMatchesPointwiseMembership() {
    long seed = Long.getLong("timeset.seed", System.nanoTime());
    System.out.println("TimeSetTest seed=" + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      TimeSet a = random(random);
      TimeSet b = random(random);
      for (long t = -5; t < 60; t++) {
        String at = "seed " + seed + " t=" + t + " a=" + a + " b=" + b;
        assertEquals(a.contains(t) && b.contains(t), a.intersect(b).contains(t), at);
        assertEquals(a.contains(t) || b.contains(t), a.union(b).contains(t), at);
        assertEquals(!a.contains(t), a.complement().contains(t), at);
      }
      assertFalse(a.complement().intersect(a).contains(random.nextInt(50)));
    }
  }

  private static TimeSet random(Random random) {
    TimeSet set = TimeSet.none();
    for (int i = random.nextInt(4); i > 0; i--) {
      long start = random.nextInt(50);
      set = set.union(TimeSet.closed(start, start + random.nextInt(10)));
    }
    return set;
  }
}
