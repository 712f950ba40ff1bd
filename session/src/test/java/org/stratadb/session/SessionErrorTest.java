package org.stratadb.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stratadb.protocol.client.TSOpenSessionResp;
import org.stratadb.protocol.client.TSProtocolVersion;
import org.stratadb.protocol.common.TEndPoint;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.session.testing.FakeServer;
import org.stratadb.session.testing.Replies;
import org.stratadb.session.testing.TsBlockWriter;

class SessionErrorTest {

  private static Session open(FakeServer server) throws Exception {
    Session s = Session.builder().port(server.port()).retry(3, 1).build();
    s.open();
    return s;
  }

  @Test
  void failedStatusBecomesCodeAndMessage() throws Exception {
    try (FakeServer server = FakeServer.start();
        Session session = open(server)) {
      server.on(
          "executeStatementV2",
          args ->
              new org.stratadb.protocol.client.TSExecuteStatementResp(
                  FakeServer.status(700, "line 1:0 mismatched input 'selec'")));
      StatementExecutionException e =
          assertThrows(StatementExecutionException.class, () -> session.executeStatement("selec"));
      assertEquals(700, e.getStatusCode());
      assertEquals("700: line 1:0 mismatched input 'selec'", e.getMessage());

      server.on(
          "setStorageGroup", args -> FakeServer.status(501, "root.sg has already been created"));
      e = assertThrows(StatementExecutionException.class, () -> session.createDatabase("root.sg"));
      assertEquals(501, e.getStatusCode());
    }
  }

  @Test
  void redirectHintsAndMultipleErrors() throws Exception {
    try (FakeServer server = FakeServer.start();
        Session session = open(server)) {
      server.on(
          "insertStringRecords",
          args ->
              new TSStatus(400)
                  .setSubStatus(
                      List.of(
                          FakeServer.ok().setRedirectNode(new TEndPoint("10.0.0.2", 6667)),
                          FakeServer.ok())));
      session.insertStringRecords(
          List.of("root.a.d", "root.b.d"),
          List.of(1L, 1L),
          List.of(List.of("s"), List.of("s")),
          List.of(List.of("1"), List.of("2")));

      server.on(
          "insertRecords",
          args ->
              new TSStatus(302)
                  .setSubStatus(
                      List.of(FakeServer.ok(), FakeServer.status(507, "type mismatch on s"))));
      StatementExecutionException e =
          assertThrows(
              StatementExecutionException.class,
              () ->
                  session.insertRecords(
                      List.of("root.a.d", "root.b.d"),
                      List.of(1L, 1L),
                      List.of(List.of("s"), List.of("s")),
                      List.of(List.of(TSDataType.INT32), List.of(TSDataType.INT32)),
                      List.of(List.of(1), List.of(2))));
      assertEquals(302, e.getStatusCode());
      assertEquals("302: 507: type mismatch on s", e.getMessage());

      server.on(
          "setStorageGroup",
          args -> new TSStatus(302).setSubStatus(List.of(FakeServer.ok(), new TSStatus(400))));
      session.createDatabase("root.sg");
    }
  }

  @Test
  void needRetryIsRetriedThenGivesUp() throws Exception {
    try (FakeServer server = FakeServer.start();
        Session session = open(server)) {
      AtomicInteger calls = new AtomicInteger();
      server.on(
          "deleteTimeseries",
          args ->
              calls.incrementAndGet() < 3
                  ? FakeServer.status(606, "busy").setNeedRetry(true)
                  : FakeServer.ok());
      session.deleteTimeseries("root.sg.d.s");
      assertEquals(3, calls.get());

      server.on("deleteTimeseries", args -> FakeServer.status(606, "busy").setNeedRetry(true));
      assertThrows(StatementExecutionException.class, () -> session.deleteTimeseries("x"));
      assertEquals(3 + 4, server.calls("deleteTimeseries").size(), "1 try + 3 retries");
    }
  }

  @Test
  void refusedLoginIsAStatementError() throws Exception {
    try (FakeServer server = FakeServer.start()) {
      server.on(
          "openSession",
          args ->
              new TSOpenSessionResp(
                      FakeServer.status(801, "Authentication failed."),
                      TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3)
                  .setSessionId(-1));
      Session session = Session.builder().port(server.port()).password("bad").build();
      StatementExecutionException e =
          assertThrows(StatementExecutionException.class, session::open);
      assertEquals("801: Authentication failed.", e.getMessage());
      assertTrue(server.calls("requestStatementId").isEmpty());
    }
  }

  @Test
  void unreachableServerIsAConnectionError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Session session = Session.builder().port(port).connectionTimeoutMs(2000).build();
    ConnectionException e = assertThrows(ConnectionException.class, session::open);
    assertTrue(e.getMessage().startsWith("cannot connect to 127.0.0.1:" + port), e.getMessage());
  }

  @Test
  void serverSideFailureIsNotAReconnect() throws Exception {
    try (FakeServer server = FakeServer.start();
        Session session = open(server)) {
      server.on(
          "setStorageGroup",
          args -> {
            throw new IllegalStateException("boom");
          });
      StatementExecutionException e =
          assertThrows(StatementExecutionException.class, () -> session.createDatabase("root.x"));
      assertEquals(305, e.getStatusCode());
      server.on("setStorageGroup", args -> FakeServer.ok());
      session.createDatabase("root.y");
      assertEquals(1, server.calls("openSession").size(), "the connection stayed usable");
    }
  }

  @Test
  void transportFailureFailsOverToTheNextNode() throws Exception {
    FakeServer first = FakeServer.start();
    try (FakeServer second = FakeServer.start()) {
      Session session =
          Session.builder()
              .nodeUrls(List.of("127.0.0.1:" + first.port(), "127.0.0.1:" + second.port()))
              .build();
      session.open();
      assertEquals(first.port(), session.getEndpoint().port());
      first.close();
      session.createDatabase("root.sg");
      assertEquals(second.port(), session.getEndpoint().port());
      assertEquals(1, second.calls("setStorageGroup").size());
      assertEquals(1, second.calls("openSession").size());
      session.close();
    } finally {
      first.close();
    }
  }

  @Test
  void singleNodeReconnectsAfterTheServerDroppedTheSocket() throws Exception {
    try (FakeServer server = FakeServer.start();
        Session session = open(server)) {
      server.dropConnections();
      session.createDatabase("root.sg");
      assertEquals(2, server.calls("openSession").size());
      assertEquals(1, server.calls("setStorageGroup").size());
    }
  }

  @Test
  void compactProtocol() throws Exception {
    try (FakeServer server = FakeServer.start(true)) {
      server.on(
          "executeQueryStatementV2",
          args ->
              Replies.query(
                  1,
                  List.of("s"),
                  List.of("TEXT"),
                  false,
                  false,
                  TsBlockWriter.rows(1).column(TsBlockWriter.TEXT, "ok").build()));
      Session session = Session.builder().port(server.port()).compact(true).build();
      session.open();
      SessionDataSet ds = session.executeQueryStatement("select s from root.x");
      assertTrue(ds.next());
      assertEquals("ok", ds.getString("s"));
      session.close();
    }
  }
}
