package org.stratadb.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stratadb.protocol.client.TSAggregationQueryReq;
import org.stratadb.protocol.client.TSCloseOperationReq;
import org.stratadb.protocol.client.TSExecuteStatementReq;
import org.stratadb.protocol.client.TSFetchResultsReq;
import org.stratadb.protocol.client.TSFetchResultsResp;
import org.stratadb.protocol.client.TSLastDataQueryReq;
import org.stratadb.protocol.client.TSRawDataQueryReq;
import org.stratadb.protocol.common.TAggregationType;
import org.stratadb.session.testing.FakeServer;
import org.stratadb.session.testing.Replies;
import org.stratadb.session.testing.TsBlockWriter;

class SessionQueryTest {
  private FakeServer server;
  private Session session;

  @BeforeEach
  void start() throws Exception {
    server = FakeServer.start();
    session = Session.builder().port(server.port()).fetchSize(2).build();
    session.open();
  }

  @AfterEach
  void stop() {
    session.close();
    server.close();
  }

  @Test
  void readsEveryTypeByIndexAndName() throws Exception {
    server.on(
        "executeQueryStatementV2",
        args ->
            Replies.query(
                5,
                List.of(
                    "root.sg.d.b",
                    "root.sg.d.i",
                    "root.sg.d.l",
                    "root.sg.d.f",
                    "root.sg.d.d",
                    "root.sg.d.t"),
                List.of("BOOLEAN", "INT32", "INT64", "FLOAT", "DOUBLE", "TEXT"),
                false,
                false,
                TsBlockWriter.rows(100, 200)
                    .column(TsBlockWriter.BOOLEAN, true, null)
                    .column(TsBlockWriter.INT32, 7, null)
                    .column(TsBlockWriter.INT64, 8L, null)
                    .column(TsBlockWriter.FLOAT, 1.5f, null)
                    .column(TsBlockWriter.DOUBLE, 2.25, null)
                    .column(TsBlockWriter.TEXT, "héllo", null)
                    .build()));
    try (SessionDataSet ds = session.executeQueryStatement("select * from root.sg.d", 3000)) {
      assertEquals(
          List.of(
              "Time",
              "root.sg.d.b",
              "root.sg.d.i",
              "root.sg.d.l",
              "root.sg.d.f",
              "root.sg.d.d",
              "root.sg.d.t"),
          ds.getColumnNames());
      assertEquals(TSDataType.INT64, ds.getColumnTypes().get(0));
      assertEquals(TSDataType.TEXT, ds.getColumnTypes().get(6));
      assertTrue(ds.next());
      assertEquals(100, ds.getTimestamp());
      assertEquals(100, ds.getLong("Time"));
      assertEquals("100", ds.getString(1));
      assertTrue(ds.getBoolean("root.sg.d.b"));
      assertEquals(7, ds.getInt(3));
      assertEquals(7L, ds.getLong(3));
      assertEquals(8L, ds.getLong("root.sg.d.l"));
      assertEquals(1.5f, ds.getFloat("root.sg.d.f"));
      assertEquals(2.25, ds.getDouble("root.sg.d.d"));
      assertEquals("héllo", ds.getString("root.sg.d.t"));
      assertEquals("1.5", ds.getString("root.sg.d.f"));
      assertEquals("true", ds.getString(2));
      assertEquals(7, ds.getObject(3));
      assertTrue(ds.next());
      for (int c = 2; c <= 7; c++) {
        assertTrue(ds.isNull(c), "column " + c);
        assertNull(ds.getString(c));
        assertNull(ds.getObject(c));
      }
      assertEquals(0, ds.getInt(3));
      assertFalse(ds.next());
      assertFalse(ds.next());
    }
    TSExecuteStatementReq req = server.only("executeQueryStatementV2").arg(0);
    assertEquals(FakeServer.SESSION_ID, req.sessionId);
    assertEquals(FakeServer.STATEMENT_ID, req.statementId);
    assertEquals("select * from root.sg.d", req.statement);
    assertEquals(2, req.fetchSize);
    assertEquals(3000, req.timeout);
    TSCloseOperationReq close = server.only("closeOperation").arg(0);
    assertEquals(5, close.queryId);
    assertEquals(FakeServer.STATEMENT_ID, close.statementId);
  }

  @Test
  void pagesThroughBlocksAndFetchResults() throws Exception {
    server.on(
        "executeQueryStatementV2",
        args ->
            Replies.query(
                9,
                List.of("root.sg.d.s"),
                List.of("INT64"),
                false,
                true,
                TsBlockWriter.rows(1).column(TsBlockWriter.INT64, 10L).build(),
                TsBlockWriter.rows(2).column(TsBlockWriter.INT64, 20L).build()));
    Deque<TSFetchResultsResp> pages = new ArrayDeque<>();
    pages.add(
        Replies.page(
            true, TsBlockWriter.rows(3, 4).column(TsBlockWriter.INT64, 30L, null).build()));
    pages.add(Replies.page(true));
    pages.add(Replies.page(false, TsBlockWriter.rows(5).column(TsBlockWriter.INT64, 50L).build()));
    server.on("fetchResultsV2", args -> pages.poll());

    List<Long> times = new ArrayList<>();
    List<String> values = new ArrayList<>();
    SessionDataSet ds = session.executeQueryStatement("select s from root.sg.d");
    while (ds.next()) {
      times.add(ds.getTimestamp());
      values.add(ds.getString(2));
    }
    assertEquals(List.of(1L, 2L, 3L, 4L), times);
    assertEquals(java.util.Arrays.asList("10", "20", "30", null), values);
    List<FakeServer.Call> fetches = server.calls("fetchResultsV2");
    assertEquals(2, fetches.size(), "an empty page ends the result");
    TSFetchResultsReq fetch = fetches.get(0).arg(0);
    assertEquals(9, fetch.queryId);
    assertEquals("select s from root.sg.d", fetch.statement);
    assertEquals(2, fetch.fetchSize);
    assertTrue(fetch.isAlign);
    assertEquals(FakeServer.SESSION_ID, fetch.sessionId);
    assertEquals(1, server.calls("closeOperation").size());
    ds.close();
    assertEquals(1, server.calls("closeOperation").size(), "close after the end is a no-op");
  }

  @Test
  void duplicateColumnsShareOneBlockColumnAndIgnoreTimeStampHidesTime() throws Exception {
    server.on(
        "executeStatementV2",
        args ->
            Replies.query(
                3,
                List.of("count(root.sg.d.s)", "count(root.sg.d.s)", "x"),
                List.of("INT64", "INT64", "TEXT"),
                true,
                false,
                TsBlockWriter.rows(0)
                    .column(TsBlockWriter.INT64, 4L)
                    .column(TsBlockWriter.TEXT, "y")
                    .build()));
    SessionDataSet ds = session.executeStatement("select count(s), count(s), x from root.sg.d");
    assertTrue(ds.isIgnoreTimeStamp());
    assertEquals(List.of("count(root.sg.d.s)", "count(root.sg.d.s)", "x"), ds.getColumnNames());
    assertTrue(ds.next());
    assertEquals(4, ds.getLong(1));
    assertEquals(4, ds.getLong(2));
    assertEquals("y", ds.getString(3));
    assertEquals(1, ds.findColumn("count(root.sg.d.s)"));
    assertFalse(ds.next());
  }

  @Test
  void runLengthColumnsAndMissingIndexMap() throws Exception {
    server.on(
        "executeQueryStatementV2",
        args -> {
          var resp =
              Replies.query(
                  1,
                  List.of("a", "b"),
                  List.of("DOUBLE", "TEXT"),
                  false,
                  false,
                  TsBlockWriter.rows(1, 2, 3)
                      .rleColumn(TsBlockWriter.DOUBLE, 0.5)
                      .rleColumn(TsBlockWriter.TEXT, null)
                      .build());
          resp.unsetColumnNameIndexMap();
          return resp;
        });
    SessionDataSet ds = session.executeQueryStatement("select a, b from root.x");
    int rows = 0;
    while (ds.next()) {
      rows++;
      assertEquals(0.5, ds.getDouble("a"));
      assertTrue(ds.isNull("b"));
    }
    assertEquals(3, rows);
  }

  @Test
  void emptyResultAndNonQueryStatements() throws Exception {
    server.on(
        "executeQueryStatementV2",
        args -> Replies.query(2, List.of("s"), List.of("INT32"), false, false));
    SessionDataSet ds = session.executeQueryStatement("select s from root.empty");
    assertFalse(ds.next());
    assertEquals(1, server.calls("closeOperation").size());

    server.on("executeStatementV2", args -> Replies.done());
    assertNull(session.executeStatement("create database root.x"));

    server.on("executeUpdateStatementV2", args -> Replies.done());
    session.executeNonQueryStatement("insert into root.x.d(time, s) values(1, 2)");
    TSExecuteStatementReq req = server.only("executeUpdateStatementV2").arg(0);
    assertEquals("insert into root.x.d(time, s) values(1, 2)", req.statement);
  }

  @Test
  void gettersNeedARow() throws Exception {
    server.on(
        "executeQueryStatementV2",
        args ->
            Replies.query(
                2,
                List.of("s"),
                List.of("INT32"),
                false,
                false,
                TsBlockWriter.rows(1).column(TsBlockWriter.INT32, 1).build()));
    SessionDataSet ds = session.executeQueryStatement("select s from root.sg");
    assertThrows(IllegalStateException.class, () -> ds.getInt(2));
    assertTrue(ds.next());
    assertThrows(IndexOutOfBoundsException.class, () -> ds.getInt(3));
    assertThrows(IllegalArgumentException.class, () -> ds.getInt("nope"));
  }

  @Test
  void rawLastAndAggregationQueries() throws Exception {
    var empty = Replies.query(4, List.of("s"), List.of("INT32"), false, false);
    server.on("executeRawDataQueryV2", args -> empty);
    server.on("executeLastDataQueryV2", args -> empty);
    server.on("executeAggregationQueryV2", args -> empty);

    session.executeRawDataQuery(List.of("root.sg.d.s"), 10, 20).close();
    TSRawDataQueryReq raw = server.only("executeRawDataQueryV2").arg(0);
    assertEquals(List.of("root.sg.d.s"), raw.paths);
    assertEquals(10, raw.startTime);
    assertEquals(20, raw.endTime);
    assertEquals(FakeServer.STATEMENT_ID, raw.statementId);

    session.executeLastDataQuery(List.of("root.sg.d.s")).close();
    TSLastDataQueryReq last = server.only("executeLastDataQueryV2").arg(0);
    assertEquals(Long.MIN_VALUE, last.time);

    session
        .executeAggregationQuery(
            List.of("root.sg.d.s", "root.sg.d.s"),
            List.of(AggregationType.COUNT, AggregationType.MAX_VALUE),
            0L,
            100L,
            10L,
            null)
        .close();
    TSAggregationQueryReq agg = server.only("executeAggregationQueryV2").arg(0);
    assertEquals(List.of(TAggregationType.COUNT, TAggregationType.MAX_VALUE), agg.aggregations);
    assertEquals(0, agg.startTime);
    assertEquals(100, agg.endTime);
    assertEquals(10, agg.interval);
    assertFalse(agg.isSetSlidingStep());
  }

  @Test
  void propertiesAndTimeZone() throws Exception {
    ServerInfo info = session.getProperties();
    assertEquals(FakeServer.VERSION, info.version());
    assertEquals("ms", info.timestampPrecision());
    assertEquals("ms", session.getTimestampPrecision());
    session.setTimeZone("Asia/Shanghai");
    assertEquals("Asia/Shanghai", session.getTimeZone().getId());
    assertEquals(1, server.calls("setTimeZone").size());
    StatementExecutionException e =
        assertThrows(StatementExecutionException.class, () -> session.setTimeZone("Mars/Base"));
    assertEquals(703, e.getStatusCode());
    assertArrayEquals(new Object[] {"Asia/Shanghai"}, new Object[] {session.getTimeZone().getId()});
  }
}
