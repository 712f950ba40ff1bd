package org.stratadb.datanode.rpc.client;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.stratadb.commons.cluster.TimestampPrecision;
import org.stratadb.datanode.session.SessionManager;
import org.stratadb.datanode.session.StaticAuthenticator;

/** A client service on a free local port over a {@link FakeCoordinator}. */
final class RunningServer implements AutoCloseable {
  final FakeCoordinator coordinator = new FakeCoordinator();
  final SessionManager sessions = new SessionManager(StaticAuthenticator.withDefaultRoot());
  final ClientRpcServer server;

  RunningServer() {
    this(
        new ClientRpcLimits(
            ClientRpcLimits.DEFAULT_MAX_FRAME_BYTES, 100, 4, 2, Duration.ofSeconds(5)));
  }

  RunningServer(ClientRpcLimits limits) {
    ClientServiceInfo info = ClientServiceInfo.of("1.3.2-test", TimestampPrecision.MS, limits);
    server =
        new ClientRpcServer(
            "127.0.0.1", 0, new ClientRpcService(coordinator, sessions, info), limits);
    server.start();
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Polls until the condition holds, for at most five seconds. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(10);
    }
  }
}
