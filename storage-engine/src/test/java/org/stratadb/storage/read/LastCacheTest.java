package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.mods.PathPattern;

class LastCacheTest {

  @Test
  void writesAloneAreNotTrustedUntilAReadConfirms() {
    LastCache cache = new LastCache(100);
    cache.update("root.sg.d1", "s1", 50, 5);
    assertEquals(Optional.empty(), cache.get("root.sg.d1", "s1"), "older files may hold newer");
    cache.fill("root.sg.d1", "s1", new LastPoint(80, 8), cache.epoch());
    assertEquals(Optional.of(new LastPoint(80, 8)), cache.get("root.sg.d1", "s1"));

    cache.update("root.sg.d2", "s1", 90, 9);
    cache.fill("root.sg.d2", "s1", new LastPoint(70, 7), cache.epoch());
    assertEquals(9, cache.get("root.sg.d2", "s1").get().value(), "a newer write beats the read");
    cache.fill("root.sg.d3", "s1", null, cache.epoch());
    assertEquals(Optional.empty(), cache.get("root.sg.d3", "s1"));
  }

  @Test
  void keepsTheNewestAndTheLaterOfEqualTimes() {
    LastCache cache = new LastCache(100);
    cache.fill("root.sg.d1", "s1", new LastPoint(10, "a"), cache.epoch());
    cache.update("root.sg.d1", "s1", 5, "older");
    assertEquals(new LastPoint(10, "a"), cache.get("root.sg.d1", "s1").get());
    cache.update("root.sg.d1", "s1", 10, "b");
    assertEquals(new LastPoint(10, "b"), cache.get("root.sg.d1", "s1").get());
    cache.update("root.sg.d1", "s1", 11, "c");
    assertEquals(new LastPoint(11, "c"), cache.get("root.sg.d1", "s1").get());
  }

  @Test
  void invalidationDropsMatchesAndVoidsFillsStartedBefore() {
    LastCache cache = new LastCache(100);
    for (String device : new String[] {"root.sg.d1", "root.sg.d2", "root.other.d1"}) {
      for (String measurement : new String[] {"s1", "s2"}) {
        cache.fill(device, measurement, new LastPoint(1, 1), cache.epoch());
      }
    }
    long before = cache.epoch();
    cache.invalidate(PathPattern.parse("root.sg.*.s1"));
    assertEquals(Optional.empty(), cache.get("root.sg.d1", "s1"));
    assertEquals(Optional.empty(), cache.get("root.sg.d2", "s1"));
    assertTrue(cache.get("root.sg.d1", "s2").isPresent());
    assertTrue(cache.get("root.other.d1", "s1").isPresent());
    assertEquals(4, cache.size());
    cache.fill("root.sg.d1", "s1", new LastPoint(1, 1), before);
    assertEquals(Optional.empty(), cache.get("root.sg.d1", "s1"), "a stale fill is ignored");
    cache.invalidate(PathPattern.parse("root.**"));
    assertEquals(0, cache.size());
  }

  @Test
  void staysWithinItsBound() {
    LastCache cache = new LastCache(10);
    for (int d = 0; d < 50; d++) {
      for (int m = 0; m < 3; m++) {
        cache.update("root.sg.d" + d, "s" + m, d, d);
      }
    }
    assertTrue(cache.size() <= 10, "size " + cache.size());
    cache.clear();
    assertEquals(0, cache.size());
  }
}
