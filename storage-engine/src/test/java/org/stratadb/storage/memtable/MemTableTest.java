package org.stratadb.storage.memtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;
import org.stratadb.storage.testing.TestTablets;

class MemTableTest {
  private static final String D1 = "root.sg.d1";

  static Stream<Arguments> typesAndLayouts() {
    List<Arguments> cases = new ArrayList<>();
    for (TSDataType type : TestTablets.TYPES) {
      cases.add(Arguments.of(type, false));
      cases.add(Arguments.of(type, true));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} aligned={1}")
  @MethodSource("typesAndLayouts")
  void everyTypeIsReadBackSortedAndDeduplicated(TSDataType type, boolean aligned) {
    MemTable table = new MemTable();
    ColumnSpec spec = ColumnSpec.of("s", type);
    TreeMap<Long, Object> expected = new TreeMap<>();
    // out of order, with a repeated time inside one tablet and across tablets
    long[] times = {50, 10, 30, 10, 2000, 40, 30, 1};
    TestTablets first = TestTablets.of(D1, aligned, spec);
    for (int i = 0; i < times.length; i++) {
      first.row(times[i], TestTablets.value(type, i));
      expected.put(times[i], TestTablets.value(type, i));
    }
    table.insert(first.build(), null, times.length);
    table.insert(
        TestTablets.of(D1, aligned, spec).row(40, TestTablets.value(type, 99)).build(), null, 1);
    expected.put(40L, TestTablets.value(type, 99));

    assertSeries(expected, table.read(D1, "s", TimeRange.ALL));
    assertEquals(type, table.read(D1, "s", TimeRange.ALL).type());
    assertEquals(times.length + 1, table.pointCount());
    assertEquals(1, table.minTime(D1));
    assertEquals(2000, table.maxTime(D1));
    assertEquals(List.of(spec), table.columns(D1));
    assertEquals(aligned, table.isAligned(D1));
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void nullCellsAreNotStored(boolean aligned) {
    MemTable table = new MemTable();
    ColumnSpec s1 = ColumnSpec.of("s1", TSDataType.INT64);
    ColumnSpec s2 = ColumnSpec.of("s2", TSDataType.TEXT);
    table.insert(
        TestTablets.of(D1, aligned, s1, s2)
            .row(1, 10L, null)
            .row(2, null, TestTablets.value(TSDataType.TEXT, 2))
            .row(3, null, null)
            .row(4, 40L, TestTablets.value(TSDataType.TEXT, 4))
            .build(),
        null,
        4);
    assertSeries(Map.of(1L, 10L, 4L, 40L), table.read(D1, "s1", TimeRange.ALL));
    assertSeries(
        Map.of(
            2L, TestTablets.value(TSDataType.TEXT, 2), 4L, TestTablets.value(TSDataType.TEXT, 4)),
        table.read(D1, "s2", TimeRange.ALL));
    assertEquals(4, table.pointCount());
    assertEquals(4, table.maxTime(D1), "the all-null row at 3 is no point");
  }

  @Test
  void alignedNullDoesNotEraseAnOlderValue() {
    MemTable table = new MemTable();
    ColumnSpec s1 = ColumnSpec.of("s1", TSDataType.INT32);
    ColumnSpec s2 = ColumnSpec.of("s2", TSDataType.INT32);
    table.insert(TestTablets.of(D1, true, s1, s2).row(1, 1, 1).row(2, 2, 2).build(), null, 2);
    table.insert(TestTablets.of(D1, true, s1, s2).row(1, null, 11).build(), null, 1);
    // a later write that does not mention s1 at all, and a new column s3
    ColumnSpec s3 = ColumnSpec.of("s3", TSDataType.DOUBLE);
    table.insert(
        TestTablets.of(D1, true, s2, s3).row(2, 22, 2.5).row(3, null, 3.5).build(), null, 2);

    assertSeries(Map.of(1L, 1, 2L, 2), table.read(D1, "s1", TimeRange.ALL));
    assertSeries(Map.of(1L, 11, 2L, 22), table.read(D1, "s2", TimeRange.ALL));
    assertSeries(Map.of(2L, 2.5, 3L, 3.5), table.read(D1, "s3", TimeRange.ALL));

    MemTableCursor rows = table.scanAligned(D1, List.of("s3", "s1", "nope"), TimeRange.ALL);
    assertTrue(rows.next());
    assertEquals(1, rows.time());
    assertTrue(rows.isNull(0));
    assertEquals(1, rows.getInt(1));
    assertTrue(rows.isNull(2));
    assertTrue(rows.next());
    assertEquals(2, rows.time());
    assertEquals(2.5, rows.getDouble(0));
    assertEquals(2, rows.getInt(1));
    assertTrue(rows.next());
    assertEquals(3, rows.time());
    assertTrue(rows.isNull(1));
    assertFalse(rows.next());
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void rangeReadsAreInclusiveAndNullWhenEmpty(boolean aligned) {
    MemTable table = new MemTable();
    TestTablets tablet = TestTablets.of(D1, aligned, ColumnSpec.of("s", TSDataType.INT64));
    for (long t = 100; t >= 0; t -= 10) {
      tablet.row(t, t);
    }
    table.insert(tablet.build(), null, 11);
    assertSeries(Map.of(20L, 20L, 30L, 30L), table.read(D1, "s", new TimeRange(20, 30)));
    assertSeries(Map.of(20L, 20L), table.read(D1, "s", new TimeRange(11, 29)));
    assertNull(table.read(D1, "s", new TimeRange(11, 19)));
    assertNull(table.read(D1, "s", new TimeRange(101, Long.MAX_VALUE)));
    assertNull(table.read(D1, "other", TimeRange.ALL));
    assertNull(table.read("root.sg.none", "s", TimeRange.ALL));
    assertEquals(11, table.read(D1, "s", TimeRange.ALL).size());
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void insertsOnlyTheSelectedRows(boolean aligned) {
    MemTable table = new MemTable();
    TestTablets tablet = TestTablets.of(D1, aligned, ColumnSpec.of("s", TSDataType.FLOAT));
    for (int i = 0; i < 10; i++) {
      tablet.row(i, (float) i);
    }
    table.insert(tablet.build(), new int[] {7, 2, 3, 4, 9, 0}, 5);
    assertSeries(
        Map.of(2L, 2f, 3L, 3f, 4L, 4f, 7L, 7f, 9L, 9f), table.read(D1, "s", TimeRange.ALL));
    table.insert(tablet.build(), null, 2);
    assertEquals(7, table.pointCount());
    assertThrows(
        IllegalArgumentException.class, () -> table.insert(tablet.build(), new int[] {10}, 1));
    assertThrows(IllegalArgumentException.class, () -> table.insert(tablet.build(), null, 11));
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void deleteRemovesPointsInPlace(boolean aligned) {
    MemTable table = new MemTable();
    ColumnSpec s1 = ColumnSpec.of("s1", TSDataType.INT64);
    ColumnSpec s2 = ColumnSpec.of("s2", TSDataType.INT64);
    TestTablets tablet = TestTablets.of(D1, aligned, s1, s2);
    for (long t = 9; t >= 0; t--) {
      tablet.row(t, t, -t);
    }
    table.insert(tablet.build(), null, 10);
    table.delete(D1, "s1", new TimeRange(3, 5));
    table.delete(D1, "s1", new TimeRange(8, 100));
    assertSeries(
        Map.of(0L, 0L, 1L, 1L, 2L, 2L, 6L, 6L, 7L, 7L), table.read(D1, "s1", TimeRange.ALL));
    assertEquals(10, table.read(D1, "s2", TimeRange.ALL).size());
    assertEquals(15, table.pointCount());

    table.delete(D1, "s2", new TimeRange(0, 8));
    table.delete(D1, "s1", new TimeRange(0, 1));
    assertEquals(2, table.minTime(D1));
    assertEquals(9, table.maxTime(D1));
    table.delete(D1, "s2", TimeRange.ALL);
    table.delete(D1, "s1", TimeRange.ALL);
    assertTrue(table.isEmpty());
    assertEquals(Long.MAX_VALUE, table.minTime(D1));

    // the memtable keeps working after deletes, a reinsert at a deleted time is visible
    table.insert(TestTablets.of(D1, aligned, s1).row(4, 44L).build(), null, 1);
    assertSeries(Map.of(4L, 44L), table.read(D1, "s1", TimeRange.ALL));
    assertEquals(4, table.minTime(D1));
  }

  @Test
  void rejectsAnotherTypeOrLayoutWithoutStoringAnything() {
    MemTable table = new MemTable();
    ColumnSpec s1 = ColumnSpec.of("s1", TSDataType.INT64);
    table.insert(TestTablets.of(D1, false, s1).row(1, 1L).build(), null, 1);
    ColumnSpec s2 = ColumnSpec.of("s2", TSDataType.INT64);
    ColumnSpec wrong = ColumnSpec.of("s1", TSDataType.DOUBLE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                table.insert(
                    TestTablets.of(D1, false, s2, wrong).row(2, 2L, 2.0).build(), null, 1));
    assertTrue(e.getMessage().contains("root.sg.d1.s1 holds INT64"), e.getMessage());
    assertNull(table.read(D1, "s2", TimeRange.ALL), "nothing of the refused write is stored");
    assertThrows(
        IllegalArgumentException.class,
        () -> table.insert(TestTablets.of(D1, true, s1).row(2, 2L).build(), null, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> table.insert(TestTablets.of(D1, false, s1, s1).row(2, 2L, 3L).build(), null, 1));
    assertEquals(1, table.pointCount());
    assertFalse(table.isAligned("root.sg.unknown"));
    assertEquals(List.of(), table.columns("root.sg.unknown"));
  }

  @Test
  void memoryGrowsWithBlocksNotPoints() {
    MemTable table = new MemTable();
    assertEquals(0, table.memoryBytes());
    ColumnSpec spec = ColumnSpec.of("s", TSDataType.DOUBLE);
    table.insert(TestTablets.of(D1, false, spec).row(0, 0.0).build(), null, 1);
    long oneBlock = table.memoryBytes();
    assertTrue(oneBlock > 2 * 8 * Blocks.FIRST_CAPACITY, "times and values of the first block");
    for (int t = 1; t < Blocks.FIRST_CAPACITY; t++) {
      table.insert(TestTablets.of(D1, false, spec).row(t, 1.0).build(), null, 1);
    }
    assertEquals(oneBlock, table.memoryBytes(), "the first block still had room");
    TestTablets big = TestTablets.of(D1, false, spec);
    for (int t = 0; t < 4 * Blocks.SIZE; t++) {
      big.row(1000 + t, 1.0);
    }
    table.insert(big.build(), null, 4 * Blocks.SIZE);
    long fiveBlocks = table.memoryBytes();
    assertTrue(fiveBlocks >= 5 * 2 * 8 * Blocks.SIZE, "five full blocks of times and values");
    assertTrue(fiveBlocks < 7 * 2 * 8 * Blocks.SIZE, "but not much more: " + fiveBlocks);
  }

  @Test
  void aReadIsACopyUnaffectedByLaterInserts() {
    MemTable table = new MemTable();
    ColumnSpec spec = ColumnSpec.of("s", TSDataType.INT32);
    table.insert(TestTablets.of(D1, false, spec).row(5, 5).row(1, 1).build(), null, 2);
    SortedColumn before = table.read(D1, "s", TimeRange.ALL);
    table.insert(TestTablets.of(D1, false, spec).row(3, 3).row(1, 100).build(), null, 2);
    assertSeries(Map.of(1L, 1, 5L, 5), before);
    assertSeries(Map.of(1L, 100, 3L, 3, 5L, 5), table.read(D1, "s", TimeRange.ALL));
  }

  @Test
  void concurrentReadersOfAFrozenMemTableAgree() throws Exception {
    MemTable table = new MemTable();
    ColumnSpec spec = ColumnSpec.of("s", TSDataType.INT64);
    TestTablets tablet = TestTablets.of(D1, false, spec);
    TreeMap<Long, Object> expected = new TreeMap<>();
    for (long i = 0; i < 20_000; i++) {
      long t = (i * 7919) % 5000;
      tablet.row(t, i);
      expected.put(t, i);
    }
    table.insert(tablet.build(), null, 20_000);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int k = 0; k < 20; k++) {
                    assertSeries(expected, table.read(D1, "s", TimeRange.ALL));
                  }
                } catch (Throwable t) {
                  failures.add(t);
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    assertEquals(List.of(), failures);
  }

  static void assertSeries(Map<Long, ?> expected, SortedColumn actual) {
    Map<Long, Object> got = new TreeMap<>();
    if (actual != null) {
      for (int i = 0; i < actual.size(); i++) {
        if (i > 0) {
          assertTrue(actual.time(i) > actual.time(i - 1), "strictly ascending times");
        }
        got.put(actual.time(i), actual.boxed(i));
      }
    }
    assertEquals(new TreeMap<>(expected), got);
  }
}
