package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.thrift.TApplicationException;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.transport.TTransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.testing.LogCapture;
import org.stratadb.protocol.client.IClientRPCService;
import org.stratadb.protocol.client.TSExecuteStatementReq;
import org.stratadb.protocol.client.TSInsertTabletReq;
import org.stratadb.query.api.ExecutionResult;

/** The transport: framing, protocol sniffing, limits, garbage, and stopping. */
class ClientRpcServerTest {

  @ParameterizedTest(name = "compact={0}")
  @ValueSource(booleans = {false, true})
  void anUnknownMethodGetsTheStockApplicationError(boolean compact) throws Exception {
    try (RunningServer server = new RunningServer();
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(RawFrames.call("noSuchCall", null, 41, compact));

      RawFrames.Reply reply = RawFrames.open(RawFrames.readFrame(socket), compact);

      assertEquals(TMessageType.EXCEPTION, reply.message().type);
      assertEquals(41, reply.message().seqid);
      assertEquals(
          TApplicationException.UNKNOWN_METHOD,
          TApplicationException.readFrom(reply.protocol()).getType());
      assertEquals(
          "1.3.2-test",
          getProperties(socket, compact, 42).getVersion(),
          "the connection stays usable");
    }
  }

  @Test
  void garbageClosesOnlyThatConnection() throws Exception {
    try (RunningServer server = new RunningServer();
        LogCapture log = LogCapture.of(ClientRpcServer.class)) {
      for (String garbage :
          List.of("GET / HTTP/1.1\r\nHost: x\r\n\r\n", "\u0000\u0000\u0000\u0005hello")) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
          socket.getOutputStream().write(garbage.getBytes(StandardCharsets.ISO_8859_1));
          assertTrue(RawFrames.closedByServer(socket));
        }
      }
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01});
        assertTrue(RawFrames.closedByServer(socket));
      }
      byte[] badMessage = ByteBuffer.allocate(14).putInt(10).put((byte) 0x80).put((byte) 9).array();
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.getOutputStream().write(badMessage);
        assertTrue(RawFrames.closedByServer(socket));
      }

      try (TestClient client = TestClient.login(server.port(), false)) {
        assertEquals("1.3.2-test", client.rpc.getProperties().getVersion());
      }
      List<String> warnings = log.messages(Level.WARN);
      assertEquals(4, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).contains("not a framed Thrift"), warnings.get(0));
      assertTrue(warnings.get(2).contains("TLS"), warnings.get(2));
      assertTrue(warnings.get(3).contains("unreadable request"), warnings.get(3));
      RunningServer.await("connections are released", () -> server.server.connectionCount() == 0);
    }
  }

  @Test
  void anOversizedFrameClosesTheConnectionWithAReason() throws Exception {
    ClientRpcLimits limits = ClientRpcLimits.defaults().withMaxFrameBytes(1024 * 1024);
    try (RunningServer server = new RunningServer(limits);
        LogCapture log = LogCapture.of(ClientRpcServer.class);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      byte[] header = ByteBuffer.allocate(5).putInt(1024 * 1024 + 1).put((byte) 0x80).array();
      socket.getOutputStream().write(header);

      assertTrue(RawFrames.closedByServer(socket));
      assertTrue(
          log.messages(Level.WARN).get(0).contains("exceeds"), log.messages(Level.WARN).toString());
    }
  }

  @Test
  void framesLargerThanThriftsDefaultLimitAreServed() throws Exception {
    int textBytes = 110 * 1024 * 1024;
    ByteBuffer values = ByteBuffer.allocate(4 + textBytes).putInt(textBytes);
    values.position(0);
    try (RunningServer server = new RunningServer();
        TestClient client = TestClient.login(server.port(), false)) {
      var status =
          client.rpc.insertTablet(
              new TSInsertTabletReq(
                  client.sessionId,
                  "root.sg.big",
                  List.of("s"),
                  values,
                  TabletWire.times(1),
                  List.of(5),
                  1));

      assertEquals(200, status.getCode(), status.toString());
      assertEquals(
          textBytes,
          ((org.apache.tsfile.utils.Binary[]) server.coordinator.tablets.get(0).values(0))
              [0].getLength());
    }
  }

  @Test
  void bytesMayArriveOneAtATime() throws Exception {
    try (RunningServer server = new RunningServer();
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      for (byte b :
          RawFrames.call("getProperties", new IClientRPCService.getProperties_args(), 1, false)) {
        out.write(b);
        out.flush();
      }
      RawFrames.Reply reply = RawFrames.open(RawFrames.readFrame(socket), false);
      IClientRPCService.getProperties_result result = new IClientRPCService.getProperties_result();
      result.read(reply.protocol());

      assertEquals("1.3.2-test", result.getSuccess().getVersion());
    }
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws Exception {
    try (RunningServer server = new RunningServer();
        Socket socket = new Socket("127.0.0.1", server.port())) {
      byte[] first =
          RawFrames.call(
              "requestStatementId", new IClientRPCService.requestStatementId_args(0), 7, true);
      byte[] second =
          RawFrames.call("getProperties", new IClientRPCService.getProperties_args(), 8, true);
      byte[] both =
          ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
      socket.getOutputStream().write(both);

      assertEquals(7, RawFrames.open(RawFrames.readFrame(socket), true).message().seqid);
      assertEquals(8, RawFrames.open(RawFrames.readFrame(socket), true).message().seqid);
    }
  }

  @Test
  void connectionsBeyondTheLimitAreRefused() throws Exception {
    ClientRpcLimits limits = ClientRpcLimits.defaults().withMaxConnections(2);
    try (RunningServer server = new RunningServer(limits);
        TestClient a = TestClient.login(server.port(), false);
        TestClient b = TestClient.login(server.port(), false);
        Socket third = new Socket("127.0.0.1", server.port())) {
      assertTrue(RawFrames.closedByServer(third));
      assertEquals(2, server.server.connectionCount());
      assertEquals("1.3.2-test", a.rpc.getProperties().getVersion());
    }
  }

  @Test
  void stopClosesConnectionsAndReleasesThePort() throws Exception {
    RunningServer server = new RunningServer();
    int port = server.port();
    try (TestClient client = TestClient.login(server.port(), false)) {
      server.close();
      server.close();

      assertThrows(TTransportException.class, () -> client.rpc.getProperties());
      assertEquals(0, server.sessions.openSessionCount());
      try (ServerSocket again =
          new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
        assertEquals(port, again.getLocalPort());
      }
    }
  }

  @Test
  void stopWaitsForAStuckRequestOnlyUntilItsTimeout() throws Exception {
    ClientRpcLimits limits =
        new ClientRpcLimits(
            ClientRpcLimits.DEFAULT_MAX_FRAME_BYTES, 10, 2, 1, Duration.ofMillis(500));
    RunningServer server = new RunningServer(limits);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.coordinator.sql =
        sql -> {
          entered.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return ExecutionResult.done();
        };
    try (TestClient client = TestClient.login(server.port(), false)) {
      CompletableFuture<?> call =
          CompletableFuture.runAsync(
              () -> {
                try {
                  client.rpc.executeStatementV2(
                      new TSExecuteStatementReq(client.sessionId, "slow", 1));
                } catch (Exception expected) {
                  // the server goes away mid-call
                }
              });
      assertTrue(entered.await(5, TimeUnit.SECONDS));

      long start = System.nanoTime();
      server.close();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertTrue(millis < 4000, "stop took " + millis + " ms");
      call.get(5, TimeUnit.SECONDS);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aBusyPortFailsStartWithAClearError() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      ClientRpcServer server =
          new ClientRpcServer(
              "127.0.0.1", busy.getLocalPort(), remote -> null, ClientRpcLimits.defaults());

      StrataException e = assertThrows(StrataException.class, server::start);

      assertEquals(StatusCode.START_UP_ERROR, e.statusCode());
      assertTrue(e.getMessage().contains(String.valueOf(busy.getLocalPort())), e.getMessage());
      server.stop();
    }
  }

  private static org.stratadb.protocol.client.ServerProperties getProperties(
      Socket socket, boolean compact, int seqid) throws Exception {
    socket
        .getOutputStream()
        .write(
            RawFrames.call(
                "getProperties", new IClientRPCService.getProperties_args(), seqid, compact));
    RawFrames.Reply reply = RawFrames.open(RawFrames.readFrame(socket), compact);
    IClientRPCService.getProperties_result result = new IClientRPCService.getProperties_result();
    result.read(reply.protocol());
    return result.getSuccess();
  }
}
