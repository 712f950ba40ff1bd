package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.storage.api.Tablet;

/**
 * The real Apache IoTDB 1.3.2 Session library against our client service (over a fake coordinator).
 * It runs on our libthrift 0.23 rather than its own 0.14.1: the wire format is the same and the
 * library works unchanged with it, which this test also proves.
 */
class IotdbSessionCompatTest {
  private static final List<TSDataType> SIX =
      List.of(
          TSDataType.BOOLEAN,
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.TEXT);
  private static final List<String> NAMES = List.of("b", "i", "l", "f", "d", "t");

  private RunningServer server;

  @BeforeEach
  void start() {
    server = new RunningServer();
    server.coordinator.sql = IotdbSessionCompatTest::answerShowDataNodes;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest(name = "compact={0}")
  @ValueSource(booleans = {false, true})
  void opensRunsAStatementAndCloses(boolean compact) throws Exception {
    try (IotdbSession session = IotdbSession.open(server.port(), compact)) {
      assertEquals("ms", session.call("getTimestampPrecision"));
      session.call("executeNonQueryStatement", "create database root.sg");

      assertTrue(server.coordinator.calls.contains("sql create database root.sg"));
      RunningServer.await(
          "the node-list connection asks for data nodes",
          () -> server.coordinator.calls.contains("sql SHOW DATANODES"));
      assertEquals(2, server.sessions.openSessionCount(), "the session and its node supplier");
    }
    RunningServer.await("both sessions end", () -> server.sessions.openSessionCount() == 0);
  }

  @Test
  void aWrongPasswordIsRefusedWithCode801() {
    IotdbSession session = IotdbSession.create(server.port(), "root", "wrong", 5000);

    Reflect.Failure failure = assertThrows(Reflect.Failure.class, () -> session.open(false));

    assertEquals(
        "org.apache.iotdb.rpc.IoTDBConnectionException", failure.getCause().getClass().getName());
    assertTrue(failure.getCause().getMessage().contains("801"), failure.getCause().getMessage());
    assertTrue(failure.getCause().getMessage().contains("Authentication failed."));
    assertEquals(0, server.sessions.openSessionCount());
  }

  @Test
  void insertTabletDeliversExactlyTheClientsRows() throws Exception {
    Random random = new Random(42);
    IotdbTablet tablet = new IotdbTablet("root.sg.d1", NAMES, SIX, 300);
    List<String> expected = new ArrayList<>();
    for (int r = 0; r < 300; r++) {
      Object[] row = new Object[SIX.size()];
      for (int c = 0; c < SIX.size(); c++) {
        row[c] = random.nextInt(3) == 0 ? null : Blocks.randomValue(SIX.get(c), random);
      }
      long time = 300 - r; // descending: the client sorts before sending
      tablet.addRow(time, row);
      expected.add(
          0, time + ":" + String.join(",", Arrays.stream(row).map(String::valueOf).toList()));
    }
    try (IotdbSession session = IotdbSession.open(server.port(), false)) {
      session.call("insertTablet", tablet.unwrap());
    }

    assertEquals(1, server.coordinator.tablets.size());
    Tablet received = server.coordinator.tablets.get(0);
    assertEquals("root.sg.d1", received.device());
    assertEquals(false, received.aligned());
    assertEquals(expected, TabletCells.rows(received));
  }

  @Test
  void recordsArriveAsTabletsOrTextRows() throws Exception {
    Object int64 =
        Reflect.enumValue("org.apache.iotdb.tsfile.file.metadata.enums.TSDataType", "INT64");
    Object text =
        Reflect.enumValue("org.apache.iotdb.tsfile.file.metadata.enums.TSDataType", "TEXT");
    try (IotdbSession session = IotdbSession.open(server.port(), false)) {
      session.call(
          "insertRecord",
          "root.sg.d2",
          5L,
          List.of("a", "b"),
          List.of(int64, text),
          List.of(7L, "x"));
      session.call("insertRecord", "root.sg.d2", 6L, List.of("a", "b"), List.of("8", "y"));
    }

    assertEquals(List.of("5:7,x"), TabletCells.rows(server.coordinator.tablets.get(0)));
    var row = server.coordinator.stringRows.get(0);
    assertEquals(List.of("8", "y"), row.values());
    assertEquals(6L, row.time());
  }

  @Test
  void manyTypedRecordsOfSeveralDevicesArriveIntact() throws Exception {
    Object int32 =
        Reflect.enumValue("org.apache.iotdb.tsfile.file.metadata.enums.TSDataType", "INT32");
    List<String> devices = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    List<List<String>> measurements = new ArrayList<>();
    List<List<Object>> types = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      devices.add(i % 2 == 0 ? "root.sg.even" : "root.sg.odd");
      times.add((long) i);
      measurements.add(List.of("v"));
      types.add(List.of(int32));
      values.add(List.of(i));
    }
    try (IotdbSession session = IotdbSession.open(server.port(), false)) {
      session.call("insertRecords", devices, times, measurements, types, values);
    }

    List<String> rows = new ArrayList<>();
    for (Tablet t : server.coordinator.tablets) {
      TabletCells.rows(t).forEach(r -> rows.add(t.device() + "@" + r));
    }
    rows.sort(null);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      expected.add((i % 2 == 0 ? "root.sg.even" : "root.sg.odd") + "@" + i + ":" + i);
    }
    expected.sort(null);
    assertEquals(expected, rows);
  }

  @Test
  void createTimeseriesSendsCompressorCodes() throws Exception {
    try (IotdbSession session = IotdbSession.open(server.port(), false)) {
      session.call(
          "createTimeseries",
          "root.sg.d.s",
          Reflect.enumValue("org.apache.iotdb.tsfile.file.metadata.enums.TSDataType", "DOUBLE"),
          Reflect.enumValue("org.apache.iotdb.tsfile.file.metadata.enums.TSEncoding", "GORILLA"),
          Reflect.enumValue("org.apache.iotdb.tsfile.file.metadata.enums.CompressionType", "LZ4"));
    }

    var spec = server.coordinator.series.get(0);
    assertEquals(TSDataType.DOUBLE, spec.dataType());
    assertEquals("GORILLA", spec.encoding().name());
    assertEquals(CompressionType.LZ4, spec.compressor());
  }

  @Test
  void aQueryReadsEveryRowTypeAndNullAcrossFetches() throws Exception {
    Random random = new Random(7);
    List<TsBlock> blocks = new ArrayList<>();
    for (int b = 0; b < 5; b++) {
      blocks.add(Blocks.random(SIX, b * 1000L, 250 + b, random));
    }
    List<String> columns = NAMES.stream().map(n -> "root.sg.d1." + n).toList();
    AtomicReference<ListResultSet> rows = new AtomicReference<>();
    server.coordinator.sql =
        sql -> {
          if (!sql.startsWith("select")) {
            return answerShowDataNodes(sql);
          }
          rows.set(new ListResultSet(ResultHeader.distinct(columns, SIX, false), blocks));
          return new ExecutionResult.Rows(rows.get());
        };
    IotdbSession.Rows result;
    try (IotdbSession session = IotdbSession.create(server.port(), "root", "root", 100)) {
      session.open(false);
      result = session.query("select * from root.sg.d1");
    }

    List<String> expectedColumns = new ArrayList<>(List.of("Time"));
    expectedColumns.addAll(columns);
    assertEquals(expectedColumns, result.columns());
    assertEquals(
        List.of("INT64", "BOOLEAN", "INT32", "INT64", "FLOAT", "DOUBLE", "TEXT"), result.types());
    List<List<Object>> expected = new ArrayList<>();
    for (TsBlock block : blocks) {
      for (int r = 0; r < block.getPositionCount(); r++) {
        List<Object> row = new ArrayList<>();
        row.add(block.getTimeByIndex(r));
        for (int c = 0; c < SIX.size(); c++) {
          row.add(Blocks.cell(block, c, r));
        }
        expected.add(row);
      }
    }
    assertEquals(expected.size(), result.rows().size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), result.rows().get(i), "row " + i);
    }
    assertTrue(rows.get().isClosed());
    long fetches =
        server.coordinator.calls.stream().filter(c -> c.startsWith("sql select")).count();
    assertEquals(1, fetches);
  }

  @Test
  void sessionQueryShortcutsWork() throws Exception {
    server.coordinator.queries =
        paths ->
            new ExecutionResult.Rows(
                new ListResultSet(
                    ResultHeader.distinct(List.of(paths.get(0)), List.of(TSDataType.INT64), false),
                    List.of(QueryCursorTest.block(0, 3))));
    Object count =
        Reflect.enumValue("org.apache.iotdb.common.rpc.thrift.TAggregationType", "COUNT");
    try (IotdbSession session = IotdbSession.open(server.port(), false)) {
      IotdbSession.Rows raw =
          IotdbSession.Rows.read(
              session.call("executeRawDataQuery", List.of("root.sg.d.s"), 0L, 10L));
      IotdbSession.Rows last =
          IotdbSession.Rows.read(session.call("executeLastDataQuery", List.of("root.sg.d.s")));
      IotdbSession.Rows aggregated =
          IotdbSession.Rows.read(
              session.call("executeAggregationQuery", List.of("root.sg.d.s"), List.of(count)));

      assertEquals(3, raw.rows().size());
      assertEquals(List.of(2L, 2L), raw.rows().get(2));
      assertEquals(3, last.rows().size());
      assertEquals(3, aggregated.rows().size());
      assertEquals(List.of("count"), server.coordinator.lastAggregation.functions());
      assertTrue(server.coordinator.calls.contains("raw [root.sg.d.s] 0 10"));
    }
  }

  @Test
  void schemaDeletionAndDryRunCallsReachTheCoordinator() throws Exception {
    IotdbTablet tablet =
        new IotdbTablet("root.sg.d", List.of("s"), List.of(TSDataType.INT64), 1).addRow(1, 1L);
    server.coordinator.queries =
        paths ->
            new ExecutionResult.Rows(
                new ListResultSet(
                    ResultHeader.distinct(List.of("Timeseries"), List.of(TSDataType.TEXT), false),
                    List.of()));
    try (IotdbSession session = IotdbSession.open(server.port(), false)) {
      session.call("createDatabase", "root.sg");
      session.call("deleteDatabases", List.of("root.a", "root.b"));
      session.call("deleteTimeseries", List.of("root.sg.d.*"));
      session.call("deleteData", List.of("root.sg.d.s"), 100L);
      session.call("testInsertTablet", tablet.unwrap());
      IotdbSession.Rows last =
          IotdbSession.Rows.read(
              session.call(
                  "executeLastDataQueryForOneDevice",
                  "root.sg",
                  "root.sg.d",
                  List.of("s1", "s2"),
                  true));
      assertTrue(last.rows().isEmpty());
    }

    assertEquals(
        List.of(
            "createDatabase root.sg",
            "deleteDatabases [root.a, root.b]",
            "deleteTimeseries [root.sg.d.*]",
            "deleteData [root.sg.d.s] " + Long.MIN_VALUE + " 100",
            "last [root.sg.d.s1, root.sg.d.s2] " + Long.MIN_VALUE),
        server.coordinator.calls.stream().filter(c -> !c.startsWith("sql SHOW")).toList());
    assertTrue(server.coordinator.tablets.isEmpty(), "testInsertTablet writes nothing");
  }

  @Test
  void failuresSurfaceAsStatementExecutionExceptionsWithOurCode() throws Exception {
    server.coordinator.sql =
        sql -> {
          if (sql.startsWith("selec ")) {
            throw new StrataException(StatusCode.SQL_PARSE_ERROR, "line 1:0 no viable alternative");
          }
          return answerShowDataNodes(sql);
        };
    server.coordinator.writeFailure =
        new StrataException(StatusCode.DATABASE_NOT_EXIST, "root.nope does not exist");
    try (IotdbSession session = IotdbSession.open(server.port(), false)) {
      Reflect.Failure query =
          assertThrows(
              Reflect.Failure.class,
              () -> session.call("executeQueryStatement", "selec * from root"));
      Reflect.Failure write =
          assertThrows(Reflect.Failure.class, () -> session.call("deleteDatabase", "root.nope"));

      assertEquals(700, IotdbSession.statusCode(query));
      assertTrue(query.getCause().getMessage().contains("no viable alternative"));
      assertEquals(500, IotdbSession.statusCode(write));
    }
  }

  /** What the node-list connection of every Session asks once a minute. */
  static ExecutionResult answerShowDataNodes(String sql) {
    if (!sql.equals("SHOW DATANODES")) {
      return ExecutionResult.done();
    }
    List<TSDataType> types =
        List.of(TSDataType.INT32, TSDataType.TEXT, TSDataType.TEXT, TSDataType.INT32);
    TsBlock block = Blocks.of(types, new Object[] {0L, 1, "Running", "127.0.0.1", 6667});
    ResultHeader header =
        ResultHeader.distinct(List.of("NodeID", "Status", "RpcAddress", "RpcPort"), types, true);
    return new ExecutionResult.Rows(new ListResultSet(header, List.of(block)));
  }
}
