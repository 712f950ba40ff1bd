package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;
import org.stratadb.storage.testing.TestData;

class TimeMaskTest {

  @Test
  void rangeMinusDeletionsAndTtl() {
    TimeMask mask =
        TimeMask.of(
            new TimeRange(0, 100),
            List.of(new TimeRange(50, 60), new TimeRange(-10, 5), new TimeRange(55, 70)),
            3);
    assertEquals("TimeMask[[6, 49], [71, 100]]", mask.toString());
    assertTrue(mask.coversAll(6, 49));
    assertFalse(mask.coversAll(6, 71));
    assertTrue(mask.hidesAll(50, 70));
    assertFalse(mask.hidesAll(70, 71));
    assertEquals(71, mask.ceil(52));
    assertEquals(49, mask.floor(52));
    assertTrue(TimeMask.of(new TimeRange(0, 10), List.of(), 11).isEmpty());
    assertTrue(TimeMask.of(new TimeRange(0, 10), List.of(new TimeRange(-5, 20)), 0).isEmpty());
  }

  @Test
  void extremeTimesDoNotOverflow() {
    TimeMask mask =
        TimeMask.of(
            TimeRange.ALL,
            List.of(new TimeRange(Long.MIN_VALUE, 0), new TimeRange(10, Long.MAX_VALUE)),
            Long.MIN_VALUE);
    assertEquals("TimeMask[[1, 9]]", mask.toString());
    assertTrue(TimeMask.of(TimeRange.ALL).coversAll(Long.MIN_VALUE, Long.MAX_VALUE));
  }

  @Test
  void applyKeepsVisiblePointsAndSharesUntouchedColumns() {
    NavigableMap<Long, Object> points = TestData.series(TSDataType.TEXT, new Random(1), 0, 1, 100);
    SortedColumn column = TestData.column(TSDataType.TEXT, points);
    assertSame(column, TimeMask.of(new TimeRange(-5, 200)).apply(column));
    TimeMask mask = TimeMask.of(new TimeRange(10, 90), List.of(new TimeRange(20, 29)), 0);
    NavigableMap<Long, Object> expected = points.subMap(10L, true, 90L, true);
    expected.keySet().removeIf(t -> t >= 20 && t <= 29);
    assertEquals(expected, TestData.map(mask.apply(column)));
    assertTrue(TimeMask.of(new TimeRange(200, 300)).apply(column).isEmpty());
  }
}
