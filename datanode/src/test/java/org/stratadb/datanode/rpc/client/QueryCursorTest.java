package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.api.ResultHeader;

class QueryCursorTest {
  private static final ResultHeader HEADER =
      ResultHeader.distinct(List.of("root.sg.d.s"), List.of(TSDataType.INT64), false);

  @Test
  void pagesNeverExceedTheFetchSizeAndKnowWhenTheyAreLast() {
    ListResultSet rows = new ListResultSet(HEADER, List.of(block(0, 7), block(7, 3), block(10, 5)));
    QueryCursor cursor = new QueryCursor(1, 2, rows);

    QueryCursor.Page first = cursor.nextPage(4);
    QueryCursor.Page second = cursor.nextPage(4);
    QueryCursor.Page third = cursor.nextPage(4);
    QueryCursor.Page fourth = cursor.nextPage(4);

    assertEquals(List.of(0L, 1L, 2L, 3L), times(first));
    assertTrue(first.more());
    assertEquals(List.of(4L, 5L, 6L, 7L), times(second), "a block split across pages");
    assertEquals(List.of(8L, 9L, 10L, 11L), times(third));
    assertTrue(third.more());
    assertEquals(List.of(12L, 13L, 14L), times(fourth));
    assertFalse(fourth.more());
    assertEquals(1, rows.closes(), "a finished cursor releases its rows once");
  }

  @Test
  void aFullPageLooksAheadSoTheLastPageSaysNoMore() {
    ListResultSet rows = new ListResultSet(HEADER, List.of(block(0, 5), empty()));
    QueryCursor cursor = new QueryCursor(1, 2, rows);

    QueryCursor.Page page = cursor.nextPage(5);

    assertEquals(5, times(page).size());
    assertFalse(page.more());
    assertTrue(rows.isClosed());
  }

  @Test
  void emptyBlocksAreNeverSent() {
    QueryCursor cursor =
        new QueryCursor(1, 2, new ListResultSet(HEADER, List.of(empty(), empty())));

    QueryCursor.Page page = cursor.nextPage(100);

    assertTrue(page.blocks().isEmpty());
    assertFalse(page.more());
  }

  @Test
  void aFailureAfterSomeRowsIsReportedByTheNextFetch() {
    StrataException failure = new StrataException(StatusCode.QUERY_PROCESS_ERROR, "disk gone");
    ListResultSet rows = new ListResultSet(HEADER, List.of(block(0, 3), block(3, 3)), 1, failure);
    QueryCursor cursor = new QueryCursor(1, 2, rows);

    QueryCursor.Page page = cursor.nextPage(10);

    assertEquals(List.of(0L, 1L, 2L), times(page));
    assertTrue(page.more());
    assertSame(failure, assertThrows(StrataException.class, () -> cursor.nextPage(10)));
    assertTrue(rows.isClosed());
  }

  @Test
  void aFailureBeforeAnyRowIsThrownAtOnce() {
    StrataException failure = new StrataException(StatusCode.QUERY_PROCESS_ERROR, "bad");
    ListResultSet rows = new ListResultSet(HEADER, List.of(), 0, failure);
    QueryCursor cursor = new QueryCursor(1, 2, rows);

    assertSame(failure, assertThrows(StrataException.class, () -> cursor.nextPage(10)));
    assertTrue(rows.isClosed());
  }

  @Test
  void aClosedCursorGivesAnEmptyLastPage() {
    ListResultSet rows = new ListResultSet(HEADER, List.of(block(0, 3)));
    QueryCursor cursor = new QueryCursor(1, 2, rows);
    cursor.close();
    cursor.close();

    QueryCursor.Page page = cursor.nextPage(10);

    assertTrue(page.blocks().isEmpty());
    assertFalse(page.more());
    assertEquals(1, rows.closes());
  }

  static TsBlock block(long firstTime, int rows) {
    Object[][] data = new Object[rows][];
    for (int i = 0; i < rows; i++) {
      data[i] = new Object[] {firstTime + i, firstTime + i};
    }
    return Blocks.of(List.of(TSDataType.INT64), data);
  }

  private static TsBlock empty() {
    return Blocks.of(List.of(TSDataType.INT64));
  }

  private static List<Long> times(QueryCursor.Page page) {
    List<Long> times = new ArrayList<>();
    for (ByteBuffer buffer : page.blocks()) {
      IotdbTsBlocks block = IotdbTsBlocks.decode(buffer.array());
      assertTrue(block.rows() > 0);
      for (int r = 0; r < block.rows(); r++) {
        times.add(block.time(r));
      }
    }
    return times;
  }
}
