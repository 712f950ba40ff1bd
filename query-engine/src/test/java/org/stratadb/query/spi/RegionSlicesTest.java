package org.stratadb.query.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stratadb.storage.api.TimeRange;

class RegionSlicesTest {
  private static final TreeMap<Long, Integer> SLOTS = new TreeMap<>();

  static {
    SLOTS.put(-100L, 1);
    SLOTS.put(0L, 1);
    SLOTS.put(100L, 1);
    SLOTS.put(200L, 2);
    SLOTS.put(400L, 2);
  }

  @Test
  void clipsMergesAdjacentSlotsAndSkipsUnassigned() {
    assertEquals(
        List.of(
            new RegionSlice(1, new TimeRange(-50, 199)),
            new RegionSlice(2, new TimeRange(200, 299)),
            new RegionSlice(2, new TimeRange(400, 450))),
        RegionSlices.of(SLOTS, 100, new TimeRange(-50, 450)));
  }

  @Test
  void wholeTimeAndEmptyCases() {
    assertEquals(5 - 2, RegionSlices.of(SLOTS, 100, TimeRange.ALL).size());
    assertEquals(List.of(), RegionSlices.of(SLOTS, 100, new TimeRange(300, 399)));
    assertEquals(List.of(), RegionSlices.of(new TreeMap<>(), 100, TimeRange.ALL));
    assertEquals(
        List.of(new RegionSlice(2, new TimeRange(450, 450))),
        RegionSlices.of(SLOTS, 100, new TimeRange(450, 450)));
  }
}
