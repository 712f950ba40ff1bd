package org.stratadb.datanode.rpc.client;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Objects;
import org.apache.thrift.TProcessor;
import org.stratadb.datanode.coordinator.Coordinator;
import org.stratadb.datanode.session.SessionManager;
import org.stratadb.protocol.client.IClientRPCService;

/**
 * IoTDB's client service ({@code IClientRPCService}) over a {@link Coordinator}: give it to a
 * {@link ClientRpcServer} as the handler factory. Each connection gets its own context (the session
 * logged in on it and its open queries) and a thin dispatcher; the calls themselves are served by
 * one shared object per family (session, inserts, schema, queries, the unsupported rest).
 *
 * <pre>{@code
 * SessionManager sessions = new SessionManager(StaticAuthenticator.withDefaultRoot());
 * ClientRpcLimits limits = ClientRpcLimits.defaults();
 * ClientRpcService service = new ClientRpcService(coordinator, sessions,
 *     ClientServiceInfo.of("1.3.2", cluster.timestampPrecision(), limits));
 * ClientRpcServer server = new ClientRpcServer(rpcAddress, rpcPort, service, limits);
 * server.start();
 * }</pre>
 */
public final class ClientRpcService implements ConnectionHandlerFactory {
  private final SessionManager sessions;
  private final Families families;

  public ClientRpcService(
      Coordinator coordinator, SessionManager sessions, ClientServiceInfo info) {
    Objects.requireNonNull(coordinator, "coordinator");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(info, "info");
    this.families =
        new Families(
            new SessionCalls(sessions, info),
            new InsertCalls(coordinator),
            new SchemaCalls(coordinator),
            new QueryCalls(coordinator),
            new MiscCalls());
  }

  @Override
  public ConnectionHandler open(SocketAddress remote) {
    ConnectionContext context = new ConnectionContext(describe(remote), sessions);
    TProcessor processor =
        new IClientRPCService.Processor<>(new ClientRpcHandler(context, families));
    return new ConnectionHandler() {
      @Override
      public TProcessor processor() {
        return processor;
      }

      @Override
      public void closed() {
        context.endSession("connection closed");
      }
    };
  }

  public SessionManager sessions() {
    return sessions;
  }

  private static String describe(SocketAddress address) {
    if (address instanceof InetSocketAddress inet) {
      return inet.getHostString() + ":" + inet.getPort();
    }
    return String.valueOf(address);
  }

  /** The call families, shared by all connections. */
  record Families(
      SessionCalls session,
      InsertCalls insert,
      SchemaCalls schema,
      QueryCalls query,
      MiscCalls misc) {}
}
