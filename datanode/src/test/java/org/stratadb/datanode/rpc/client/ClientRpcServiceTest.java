package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.apache.tsfile.read.common.block.TsBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.testing.LogCapture;
import org.stratadb.protocol.client.ServerProperties;
import org.stratadb.protocol.client.TSAggregationQueryReq;
import org.stratadb.protocol.client.TSCloseOperationReq;
import org.stratadb.protocol.client.TSCloseSessionReq;
import org.stratadb.protocol.client.TSCreateAlignedTimeseriesReq;
import org.stratadb.protocol.client.TSCreateTimeseriesReq;
import org.stratadb.protocol.client.TSExecuteBatchStatementReq;
import org.stratadb.protocol.client.TSExecuteStatementReq;
import org.stratadb.protocol.client.TSExecuteStatementResp;
import org.stratadb.protocol.client.TSFetchResultsReq;
import org.stratadb.protocol.client.TSFetchResultsResp;
import org.stratadb.protocol.client.TSInsertRecordsReq;
import org.stratadb.protocol.client.TSInsertStringRecordsOfOneDeviceReq;
import org.stratadb.protocol.client.TSInsertTabletReq;
import org.stratadb.protocol.client.TSOpenSessionResp;
import org.stratadb.protocol.client.TSProtocolVersion;
import org.stratadb.protocol.client.TSSetTimeZoneReq;
import org.stratadb.protocol.common.TAggregationType;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.storage.api.Tablet;

/** The client service's calls, over the wire with our generated client, in both protocols. */
class ClientRpcServiceTest {
  private RunningServer server;

  @BeforeEach
  void start() {
    server = new RunningServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest(name = "compact={0}")
  @ValueSource(booleans = {false, true})
  void logsInAndOut(boolean compact) throws Exception {
    try (TestClient client = TestClient.connect(server.port(), compact)) {
      TSOpenSessionResp resp = client.rpc.openSession(TestClient.openReq("root", "root"));

      assertEquals(200, resp.getStatus().getCode());
      assertEquals(TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3, resp.getServerProtocolVersion());
      assertTrue(resp.getSessionId() > 0);
      assertEquals(1, server.sessions.openSessionCount());
      assertEquals("UTC", client.rpc.getTimeZone(resp.getSessionId()).getTimeZone());

      assertEquals(
          200, client.rpc.closeSession(new TSCloseSessionReq(resp.getSessionId())).getCode());
      assertEquals(0, server.sessions.openSessionCount());
      assertEquals(802, client.rpc.getTimeZone(resp.getSessionId()).getStatus().getCode());
    }
  }

  @Test
  void refusesWrongPasswordsUnknownUsersAndOldProtocols() throws Exception {
    try (TestClient client = TestClient.connect(server.port(), false)) {
      TSOpenSessionResp wrong = client.rpc.openSession(TestClient.openReq("root", "nope"));
      TSOpenSessionResp unknown = client.rpc.openSession(TestClient.openReq("alice", "root"));
      TSOpenSessionResp old =
          client.rpc.openSession(
              TestClient.openReq("root", "root")
                  .setClient_protocol(TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V2));

      assertEquals(801, wrong.getStatus().getCode());
      assertEquals("Authentication failed.", wrong.getStatus().getMessage());
      assertEquals(-1, wrong.getSessionId());
      assertEquals(801, unknown.getStatus().getCode());
      assertEquals(201, old.getStatus().getCode());
      assertEquals(TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3, old.getServerProtocolVersion());
      assertEquals(0, server.sessions.openSessionCount());
    }
  }

  @Test
  void aSessionBelongsToItsConnection() throws Exception {
    try (TestClient owner = TestClient.login(server.port(), false);
        TestClient other = TestClient.connect(server.port(), false)) {
      TSStatus status = other.rpc.setStorageGroup(owner.sessionId, "root.sg");

      assertEquals(802, status.getCode());
      assertEquals(ConnectionContext.NOT_LOGGED_IN_MESSAGE, status.getMessage());
      assertTrue(server.coordinator.calls.isEmpty());
      assertEquals(200, owner.rpc.setStorageGroup(owner.sessionId, "root.sg").getCode());
    }
    RunningServer.await(
        "sessions end with their connections", () -> server.sessions.openSessionCount() == 0);
  }

  @Test
  void timeZonesAreValidatedAndReachTheCoordinator() throws Exception {
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSStatus bad = client.rpc.setTimeZone(new TSSetTimeZoneReq(client.sessionId, "Mars/Olympus"));
      TSStatus good = client.rpc.setTimeZone(new TSSetTimeZoneReq(client.sessionId, "+08:00"));
      client.rpc.executeUpdateStatementV2(new TSExecuteStatementReq(client.sessionId, "flush", 1));

      assertEquals(703, bad.getCode());
      assertEquals(200, good.getCode());
      assertEquals("+08:00", client.rpc.getTimeZone(client.sessionId).getTimeZone());
      assertEquals("+08:00", server.coordinator.sessions.get(0).zoneId().getId());
      assertEquals("root", server.coordinator.sessions.get(0).user());
    }
  }

  @Test
  void reportsServerProperties() throws Exception {
    try (TestClient client = TestClient.connect(server.port(), false)) {
      ServerProperties properties = client.rpc.getProperties();

      assertEquals("1.3.2-test", properties.getVersion());
      assertEquals("ms", properties.getTimestampPrecision());
      assertEquals(
          List.of("max_time", "min_time"), properties.getSupportedTimeAggregationOperations());
      assertEquals(ClientRpcLimits.DEFAULT_MAX_FRAME_BYTES, properties.getThriftMaxFrameSize());
      assertEquals(100, properties.getMaxConcurrentClientNum());
      assertFalse(properties.isIsReadOnly());
      assertTrue(properties.getLogo().contains("____"));
    }
  }

  @ParameterizedTest(name = "compact={0}")
  @ValueSource(booleans = {false, true})
  void insertTabletHandsTheCoordinatorTheDecodedTablet(boolean compact) throws Exception {
    IotdbTablet written =
        new IotdbTablet(
                "root.sg.d1", List.of("s1", "s2"), List.of(TSDataType.INT32, TSDataType.TEXT), 3)
            .addRow(1, 10, "a")
            .addRow(2, null, "b")
            .addRow(3, 30, null);
    try (TestClient client = TestClient.login(server.port(), compact)) {
      TSStatus status =
          client.rpc.insertTablet(
              new TSInsertTabletReq(
                  client.sessionId,
                  "root.sg.d1",
                  written.measurements(),
                  written.valueBuffer(),
                  written.timeBuffer(),
                  written.typeCodes(),
                  3));

      assertEquals(200, status.getCode());
      assertEquals(1, server.coordinator.tablets.size());
      Tablet tablet = server.coordinator.tablets.get(0);
      assertEquals(List.of("1:10,a", "2:null,b", "3:30,null"), TabletCells.rows(tablet));
    }
  }

  @Test
  void writesThatFailReportTheirCode() throws Exception {
    server.coordinator.writeFailure =
        new StrataException(StatusCode.PATH_NOT_EXIST, "no such path");
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSStatus single =
          client.rpc.insertStringRecordsOfOneDevice(
              new TSInsertStringRecordsOfOneDeviceReq(
                  client.sessionId,
                  "root.sg.d",
                  List.of(List.of("s")),
                  List.of(List.of("1")),
                  List.of(1L)));
      assertEquals(508, single.getCode());
      assertEquals("no such path", single.getMessage());

      server.coordinator.writeFailure =
          new StrataException(StatusCode.MULTIPLE_ERROR, "some failed");
      ByteBuffer value = TabletWire.record(List.of(TSDataType.INT64), List.of(5L));
      TSStatus multi =
          client.rpc.insertRecords(
              new TSInsertRecordsReq(
                  client.sessionId,
                  List.of("root.sg.a", "root.sg.b"),
                  List.of(List.of("s"), List.of("s")),
                  List.of(value, value),
                  List.of(1L, 2L)));
      assertEquals(302, multi.getCode());
      assertEquals(2, multi.getSubStatusSize(), "clients index subStatus by device");

      server.coordinator.writeFailure = new IllegalStateException("bug");
      try (LogCapture log = LogCapture.of(ClientRpcService.class)) {
        TSStatus bug = client.rpc.setStorageGroup(client.sessionId, "root.x");
        assertEquals(305, bug.getCode());
        assertTrue(bug.getMessage().contains("bug"), bug.getMessage());
        assertEquals(1, log.messages(Level.ERROR).size());
      }
    }
  }

  @Test
  void schemaCallsDecodeTypesEncodingsAndCompressorCodes() throws Exception {
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSStatus single =
          client.rpc.createTimeseries(
              new TSCreateTimeseriesReq(client.sessionId, "root.sg.d.s", 2, 4, 7)
                  .setTags(Map.of("k", "v"))
                  .setMeasurementAlias("alias"));
      TSStatus aligned =
          client.rpc.createAlignedTimeseries(
              new TSCreateAlignedTimeseriesReq(
                  client.sessionId,
                  "root.sg.a",
                  List.of("x", "y"),
                  List.of(0, 5),
                  List.of(2, 0),
                  List.of(8, 0)));
      TSStatus badCompressor =
          client.rpc.createTimeseries(
              new TSCreateTimeseriesReq(client.sessionId, "root.sg.d.t", 1, 0, 3));

      assertEquals(200, single.getCode());
      assertEquals(200, aligned.getCode());
      assertEquals(303, badCompressor.getCode());
      var s = server.coordinator.series.get(0);
      assertEquals(TSDataType.INT64, s.dataType());
      assertEquals(TSEncoding.TS_2DIFF, s.encoding());
      assertEquals(CompressionType.LZ4, s.compressor());
      assertEquals("alias", s.alias());
      assertEquals(Map.of("k", "v"), s.tags());
      assertEquals(CompressionType.ZSTD, server.coordinator.series.get(1).compressor());
      assertEquals(TSDataType.TEXT, server.coordinator.series.get(2).dataType());
      assertTrue(server.coordinator.calls.contains("createAlignedTimeseries root.sg.a 2"));
    }
  }

  @ParameterizedTest(name = "compact={0}")
  @ValueSource(booleans = {false, true})
  void queriesPageThroughFetchResults(boolean compact) throws Exception {
    List<TsBlock> blocks = new ArrayList<>();
    for (int b = 0; b < 12; b++) {
      blocks.add(QueryCursorTest.block(b * 1000L, 1000));
    }
    ListResultSet rows =
        new ListResultSet(
            new ResultHeader(
                List.of("root.sg.d.s", "alias"),
                List.of(TSDataType.INT64, TSDataType.INT64),
                List.of(0, 0),
                false),
            blocks);
    server.coordinator.sql = sql -> new ExecutionResult.Rows(rows);
    try (TestClient client = TestClient.login(server.port(), compact)) {
      TSExecuteStatementResp first =
          client.rpc.executeQueryStatementV2(
              new TSExecuteStatementReq(client.sessionId, "select s from root.sg.d", 7)
                  .setFetchSize(5000));

      assertEquals(200, first.getStatus().getCode());
      assertEquals(List.of("root.sg.d.s", "alias"), first.getColumns());
      assertEquals(List.of("INT64", "INT64"), first.getDataTypeList());
      assertEquals(Map.of("root.sg.d.s", 0, "alias", 0), first.getColumnNameIndexMap());
      assertEquals(List.of(), first.getSgColumns());
      assertEquals(List.of(), first.getAliasColumns());
      assertFalse(first.isIgnoreTimeStamp());
      assertTrue(first.isMoreData());
      assertEquals(5000, countRows(first.getQueryResult()));

      TSFetchResultsReq fetch =
          new TSFetchResultsReq(client.sessionId, "", 5000, first.getQueryId(), true);
      TSFetchResultsResp second = client.rpc.fetchResultsV2(fetch);
      TSFetchResultsResp third = client.rpc.fetchResultsV2(fetch);
      TSFetchResultsResp after = client.rpc.fetchResultsV2(fetch);

      assertEquals(5000, countRows(second.getQueryResult()));
      assertTrue(second.isMoreData());
      assertEquals(2000, countRows(third.getQueryResult()));
      assertFalse(third.isMoreData());
      assertTrue(rows.isClosed());
      assertEquals(200, after.getStatus().getCode());
      assertFalse(after.isHasResultSet());
      assertFalse(after.isMoreData());
    }
  }

  @Test
  void statementsWithoutRowsAnswerOnlyAStatus() throws Exception {
    ListResultSet rows =
        new ListResultSet(
            ResultHeader.distinct(List.of("c"), List.of(TSDataType.TEXT), true), List.of());
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSExecuteStatementResp done =
          client.rpc.executeStatementV2(
              new TSExecuteStatementReq(client.sessionId, "create database root.a", 1));
      server.coordinator.sql = sql -> new ExecutionResult.Rows(rows);
      TSExecuteStatementResp update =
          client.rpc.executeUpdateStatementV2(
              new TSExecuteStatementReq(client.sessionId, "show databases", 1));
      server.coordinator.sql =
          sql ->
              new ExecutionResult.Rows(
                  new ListResultSet(
                      ResultHeader.distinct(List.of("c"), List.of(TSDataType.TEXT), true),
                      List.of()));
      TSExecuteStatementResp empty =
          client.rpc.executeStatementV2(
              new TSExecuteStatementReq(client.sessionId, "show databases", 1));

      assertEquals(200, done.getStatus().getCode());
      assertFalse(done.isSetColumns());
      assertFalse(done.isSetQueryResult());
      assertFalse(update.isSetColumns());
      assertTrue(rows.isClosed());
      assertTrue(empty.isSetColumns());
      assertTrue(empty.isIgnoreTimeStamp());
      assertEquals(List.of(), empty.getQueryResult(), "always set, never a 0-row block");
      assertFalse(empty.isMoreData());
    }
  }

  @Test
  void closeOperationReleasesQueriesByIdOrStatement() throws Exception {
    List<ListResultSet> opened = new ArrayList<>();
    server.coordinator.sql =
        sql -> {
          ListResultSet rows =
              new ListResultSet(
                  ResultHeader.distinct(List.of("s"), List.of(TSDataType.INT64), false),
                  List.of(QueryCursorTest.block(0, 10), QueryCursorTest.block(10, 10)));
          opened.add(rows);
          return new ExecutionResult.Rows(rows);
        };
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSExecuteStatementResp a = query(client, 1);
      query(client, 2);
      query(client, 2);

      client.rpc.closeOperation(
          new TSCloseOperationReq(client.sessionId).setQueryId(a.getQueryId()).setStatementId(1));
      assertEquals(
          List.of(true, false, false), opened.stream().map(ListResultSet::isClosed).toList());

      client.rpc.closeOperation(new TSCloseOperationReq(client.sessionId).setStatementId(2));
      assertEquals(
          List.of(true, true, true), opened.stream().map(ListResultSet::isClosed).toList());
    }
  }

  @Test
  void cancelOperationReleasesTheQuery() throws Exception {
    ListResultSet rows =
        new ListResultSet(
            ResultHeader.distinct(List.of("s"), List.of(TSDataType.INT64), false),
            List.of(QueryCursorTest.block(0, 10), QueryCursorTest.block(10, 10)));
    server.coordinator.sql = sql -> new ExecutionResult.Rows(rows);
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSExecuteStatementResp resp = query(client, 1);

      TSStatus status =
          client.rpc.cancelOperation(
              new org.stratadb.protocol.client.TSCancelOperationReq(
                  client.sessionId, resp.getQueryId()));
      TSFetchResultsResp fetched =
          client.rpc.fetchResultsV2(
              new TSFetchResultsReq(client.sessionId, "", 5, resp.getQueryId(), true));

      assertEquals(200, status.getCode());
      assertTrue(rows.isClosed());
      assertFalse(fetched.isHasResultSet());
    }
  }

  @Test
  void closingTheConnectionReleasesItsQueries() throws Exception {
    ListResultSet rows =
        new ListResultSet(
            ResultHeader.distinct(List.of("s"), List.of(TSDataType.INT64), false),
            List.of(QueryCursorTest.block(0, 10), QueryCursorTest.block(10, 10)));
    server.coordinator.sql = sql -> new ExecutionResult.Rows(rows);
    try (TestClient client = TestClient.login(server.port(), false)) {
      query(client, 1);
    }
    RunningServer.await("the query is released", rows::isClosed);
  }

  @Test
  void batchesReportEveryStatement() throws Exception {
    server.coordinator.sql =
        sql -> {
          if (sql.startsWith("bad")) {
            throw new StrataException(StatusCode.SQL_PARSE_ERROR, "cannot parse " + sql);
          }
          return ExecutionResult.done();
        };
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSStatus ok =
          client.rpc.executeBatchStatement(
              new TSExecuteBatchStatementReq(client.sessionId, List.of("a", "b")));
      TSStatus mixed =
          client.rpc.executeBatchStatement(
              new TSExecuteBatchStatementReq(client.sessionId, List.of("a", "bad x", "c")));

      assertEquals(200, ok.getCode());
      assertEquals(302, mixed.getCode());
      assertEquals(
          List.of(200, 700, 200), mixed.getSubStatus().stream().map(TSStatus::getCode).toList());
      assertEquals("cannot parse bad x", mixed.getSubStatus().get(1).getMessage());
    }
  }

  @Test
  void aggregationsBecomeLowerCaseFunctions() throws Exception {
    server.coordinator.queries =
        paths ->
            new ExecutionResult.Rows(
                new ListResultSet(
                    ResultHeader.distinct(
                        List.of("count(root.sg.d.s)"), List.of(TSDataType.INT64), true),
                    List.of(QueryCursorTest.block(0, 1))));
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSExecuteStatementResp resp =
          client.rpc.executeAggregationQueryV2(
              new TSAggregationQueryReq(
                      client.sessionId,
                      1,
                      List.of("root.sg.d.s", "root.sg.d.t"),
                      List.of(TAggregationType.COUNT, TAggregationType.FIRST_VALUE))
                  .setStartTime(0)
                  .setEndTime(100));
      TSExecuteStatementResp udaf =
          client.rpc.executeAggregationQueryV2(
              new TSAggregationQueryReq(
                  client.sessionId, 1, List.of("root.sg.d.s"), List.of(TAggregationType.UDAF)));

      assertEquals(200, resp.getStatus().getCode());
      assertEquals(List.of("count", "first_value"), server.coordinator.lastAggregation.functions());
      assertEquals(0L, server.coordinator.lastAggregation.startTime());
      assertNull(server.coordinator.lastAggregation.interval());
      assertEquals(303, udaf.getStatus().getCode());
    }
  }

  @Test
  void unsupportedCallsSayWhat() throws Exception {
    try (TestClient client = TestClient.login(server.port(), false)) {
      TSStatus status =
          client.rpc.dropSchemaTemplate(
              new org.stratadb.protocol.client.TSDropSchemaTemplateReq(client.sessionId, "t"));

      assertEquals(300, status.getCode());
      assertTrue(status.getMessage().contains("Schema templates"), status.getMessage());
    }
  }

  private static TSExecuteStatementResp query(TestClient client, long statementId)
      throws Exception {
    TSExecuteStatementResp resp =
        client.rpc.executeQueryStatementV2(
            new TSExecuteStatementReq(client.sessionId, "select", statementId).setFetchSize(5));
    assertTrue(resp.isMoreData());
    return resp;
  }

  private static int countRows(List<ByteBuffer> blocks) {
    int rows = 0;
    for (ByteBuffer block : blocks) {
      byte[] bytes = new byte[block.remaining()];
      block.duplicate().get(bytes);
      rows += IotdbTsBlocks.decode(bytes).rows();
    }
    return rows;
  }
}
