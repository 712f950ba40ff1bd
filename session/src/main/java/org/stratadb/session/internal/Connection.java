package org.stratadb.session.internal;

import java.time.ZoneId;
import java.util.Map;
import org.apache.thrift.TConfiguration;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TSSLTransportFactory;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.stratadb.protocol.client.IClientRPCService;
import org.stratadb.protocol.client.TSCloseSessionReq;
import org.stratadb.protocol.client.TSOpenSessionReq;
import org.stratadb.protocol.client.TSOpenSessionResp;
import org.stratadb.protocol.client.TSProtocolVersion;
import org.stratadb.session.Endpoint;
import org.stratadb.session.StatementExecutionException;

/**
 * One logged-in socket: framed Thrift transport, the client stub, the session id the server gave at
 * login and the statement id requested right after. Calls are serialized on this object, because a
 * Thrift client handles one request at a time.
 */
public final class Connection implements AutoCloseable {
  /** Client version sent at login, as IoTDB 1.x clients send it. */
  static final String CLIENT_VERSION = "V_1_0";

  private final Endpoint endpoint;
  private final TTransport transport;
  private final IClientRPCService.Client client;
  private long sessionId;
  private long statementId;
  private boolean closed;

  private Connection(Endpoint endpoint, TTransport transport, IClientRPCService.Client client) {
    this.endpoint = endpoint;
    this.transport = transport;
    this.client = client;
  }

  /** A call on the stub; the connection passes itself for the session and statement ids. */
  public interface Rpc<T> {
    T call(IClientRPCService.Client client, Connection connection) throws TException;
  }

  /**
   * Connects, logs in and requests a statement id.
   *
   * @throws StatementExecutionException the server refused the login
   * @throws TException the server could not be reached or spoke nonsense
   */
  public static Connection open(Endpoint endpoint, ConnectionConfig config, ZoneId zoneId)
      throws TException, StatementExecutionException {
    TTransport transport = openTransport(endpoint, config);
    try {
      TProtocol protocol =
          config.compact() ? new TCompactProtocol(transport) : new TBinaryProtocol(transport);
      Connection c = new Connection(endpoint, transport, new IClientRPCService.Client(protocol));
      c.login(config, zoneId);
      return c;
    } catch (TException | StatementExecutionException | RuntimeException e) {
      transport.close();
      throw e;
    }
  }

  private static TTransport openTransport(Endpoint endpoint, ConnectionConfig config)
      throws TException {
    TConfiguration tconf =
        new TConfiguration(
            config.maxFrameSize() + 4,
            config.maxFrameSize(),
            TConfiguration.DEFAULT_RECURSION_DEPTH);
    TSocket socket;
    if (config.useSsl()) {
      TSSLTransportFactory.TSSLTransportParameters params =
          new TSSLTransportFactory.TSSLTransportParameters();
      params.setTrustStore(config.trustStore(), config.trustStorePassword());
      socket =
          TSSLTransportFactory.getClientSocket(
              endpoint.host(), endpoint.port(), config.connectTimeoutMs(), params);
      socket.setSocketTimeout(config.socketTimeoutMs());
    } else {
      socket =
          new TSocket(
              tconf,
              endpoint.host(),
              endpoint.port(),
              config.socketTimeoutMs(),
              config.connectTimeoutMs());
    }
    TTransport framed = new TFramedTransport(socket, config.maxFrameSize());
    if (!framed.isOpen()) {
      framed.open();
    }
    return framed;
  }

  private void login(ConnectionConfig config, ZoneId zoneId)
      throws TException, StatementExecutionException {
    TSOpenSessionReq req =
        new TSOpenSessionReq(
            TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3, zoneId.toString(), config.username());
    if (config.password() != null) {
      req.setPassword(config.password());
    }
    req.setConfiguration(Map.of("version", CLIENT_VERSION));
    TSOpenSessionResp resp = client.openSession(req);
    StatusCheck.verify(resp.status);
    sessionId = resp.sessionId;
    statementId = client.requestStatementId(sessionId);
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public long sessionId() {
    return sessionId;
  }

  public long statementId() {
    return statementId;
  }

  /** Runs one call; fails fast once the connection is closed. */
  public synchronized <T> T call(Rpc<T> rpc) throws TException {
    if (closed) {
      throw new TException("connection to " + endpoint + " is closed");
    }
    return rpc.call(client, this);
  }

  public synchronized boolean isClosed() {
    return closed;
  }

  /** Logs out (best effort) and closes the socket. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (transport.isOpen()) {
        client.closeSession(new TSCloseSessionReq(sessionId));
      }
    } catch (TException | RuntimeException e) {
      // The socket may already be gone; closing it below is all that is left to do.
    } finally {
      transport.close();
    }
  }

  /** Closes the socket without logging out, after a transport error. */
  public synchronized void abandon() {
    closed = true;
    transport.close();
  }
}
