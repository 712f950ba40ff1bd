package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.error.StrataException;
import org.stratadb.storage.api.Tablet;

class TabletDecoderArenaTest {
  private static final int DOUBLE = 4;
  private static final int INT64 = 2;

  @Test
  void decodesIntoArenaArraysAndReusesThemAfterReset() {
    ColumnArena arena = new ColumnArena();
    Tablet first = decode(arena, 8, 3, 0);
    Tablet second = decode(arena, 8, 3, 100);
    assertNotSame(first.times(), second.times(), "two tablets of one request share nothing");
    assertNotSame(first.values(0), second.values(0));
    assertRows(first, 8, 3, 0);
    assertRows(second, 8, 3, 100);

    arena.reset();
    Tablet smaller = decode(arena, 5, 3, 7);
    assertSame(first.times(), smaller.times(), "the arrays come back after a reset");
    assertSame(first.values(2), smaller.values(2));
    assertEquals(5, smaller.rowCount());
    assertRows(smaller, 5, 3, 7);

    arena.reset();
    Tablet larger = decode(arena, 20, 3, 9);
    assertNotSame(first.times(), larger.times(), "too short an array is replaced");
    assertRows(larger, 20, 3, 9);
  }

  @Test
  void withoutAnArenaArraysHaveExactlyTheRows() {
    Tablet t = decode(null, 6, 2, 1);
    assertEquals(6, t.times().length);
    assertEquals(6, ((double[]) t.values(1)).length);
    assertRows(t, 6, 2, 1);
  }

  @Test
  void missingBuffersAreAnIllegalParameter() {
    assertThrows(
        StrataException.class,
        () ->
            TabletDecoder.decode(
                "root.sg.d",
                false,
                List.of("s"),
                List.of(DOUBLE),
                null,
                ByteBuffer.allocate(8),
                1));
  }

  @Test
  void anArenaDropsItsArraysOnceTheyHoldTooMuch() {
    ColumnArena arena = new ColumnArena();
    long[] big = arena.longs((int) (ColumnArena.KEEP_BYTES / Long.BYTES) + 1);
    arena.reset();
    assertNotSame(big, arena.longs(10), "an oversized arena starts afresh");
    long[] small = arena.longs(10);
    arena.reset();
    arena.longs(10);
    assertSame(small, arena.longs(10));
  }

  /**
   * With an arena, decoding allocates a constant per call (specs, views, the tablet) and nothing
   * per point: 100 rows and 10,000 rows of ten columns cost the same within a few hundred bytes.
   */
  @Test
  void decodingWithAnArenaAllocatesNothingPerPoint() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    ColumnArena arena = new ColumnArena();
    Request small = request(100, 10);
    Request large = request(10_000, 10);
    long smallBytes = Long.MAX_VALUE;
    long largeBytes = Long.MAX_VALUE;
    for (int i = 0; i < 50; i++) {
      smallBytes = Math.min(smallBytes, allocated(threads, arena, small));
      largeBytes = Math.min(largeBytes, allocated(threads, arena, large));
    }
    assertTrue(
        largeBytes - smallBytes < 1024,
        "10,000 rows allocated " + largeBytes + " bytes, 100 rows " + smallBytes);
  }

  private static long allocated(
      com.sun.management.ThreadMXBean threads, ColumnArena arena, Request r) {
    long id = Thread.currentThread().getId();
    arena.reset();
    long before = threads.getThreadAllocatedBytes(id);
    TabletDecoder.decode("root.sg.d", false, r.names, r.types, r.times, r.values, r.rows, arena);
    return threads.getThreadAllocatedBytes(id) - before;
  }

  private record Request(
      List<String> names, List<Integer> types, ByteBuffer times, ByteBuffer values, int rows) {}

  /** Column 0 INT64, the others DOUBLE; row r of column c holds base + r * 10 + c. */
  private static Request request(int rows, int columns) {
    return request(rows, columns, 0);
  }

  private static Request request(int rows, int columns, int base) {
    List<String> names = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    ByteBuffer times = ByteBuffer.allocate(rows * 8);
    ByteBuffer values = ByteBuffer.allocate(rows * 8 * columns);
    for (int r = 0; r < rows; r++) {
      times.putLong(1000L + r);
    }
    for (int c = 0; c < columns; c++) {
      names.add("s" + c);
      types.add(c == 0 ? INT64 : DOUBLE);
      for (int r = 0; r < rows; r++) {
        if (c == 0) {
          values.putLong(base + r * 10L);
        } else {
          values.putDouble(base + r * 10.0 + c);
        }
      }
    }
    return new Request(names, types, times.flip(), values.flip(), rows);
  }

  private static Tablet decode(ColumnArena arena, int rows, int columns, int base) {
    Request r = request(rows, columns, base);
    return TabletDecoder.decode(
        "root.sg.d", false, r.names, r.types, r.times, r.values, rows, arena);
  }

  private static void assertRows(Tablet t, int rows, int columns, int base) {
    assertEquals(rows, t.rowCount());
    long[] expectedTimes = new long[rows];
    for (int r = 0; r < rows; r++) {
      expectedTimes[r] = 1000L + r;
    }
    assertArrayEquals(expectedTimes, Arrays.copyOf(t.times(), rows));
    long[] first = (long[]) t.values(0);
    for (int r = 0; r < rows; r++) {
      assertEquals(base + r * 10L, first[r]);
    }
    for (int c = 1; c < columns; c++) {
      double[] col = (double[]) t.values(c);
      for (int r = 0; r < rows; r++) {
        assertEquals(base + r * 10.0 + c, col[r]);
      }
    }
  }
}
