package org.stratadb.session.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.thrift.TBase;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocolFactory;
import org.apache.thrift.server.TServer;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.TTransportFactory;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.stratadb.protocol.client.IClientRPCService;
import org.stratadb.protocol.client.ServerProperties;
import org.stratadb.protocol.client.TSExecuteStatementResp;
import org.stratadb.protocol.client.TSOpenSessionResp;
import org.stratadb.protocol.client.TSProtocolVersion;
import org.stratadb.protocol.common.TSStatus;

/**
 * An in-JVM IClientRPCService on a free loopback port (framed transport, binary or compact
 * protocol). Every call is recorded; tests install handlers per method name. Without a handler,
 * openSession logs in, requestStatementId answers {@link #STATEMENT_ID}, getProperties describes a
 * 1.3.2 server with ms precision, any method returning TSStatus and executeUpdateStatement(V2)
 * succeed; other methods fail.
 */
public final class FakeServer implements AutoCloseable {
  public static final long SESSION_ID = 42;
  public static final long STATEMENT_ID = 7;
  public static final String VERSION = "1.3.2-fake";

  /** Answers one call from its arguments. */
  public interface Handler {
    Object handle(Object[] args) throws Exception;
  }

  /** One received call. */
  public record Call(String method, Object[] args) {
    @SuppressWarnings("unchecked")
    public <T> T arg(int i) {
      return (T) args[i];
    }
  }

  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<TTransport> accepted = new CopyOnWriteArrayList<>();
  private final TServerSocket serverSocket;
  private final TServer server;
  private final Thread thread;

  private FakeServer(boolean compact) throws TTransportException {
    serverSocket = new TServerSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    IClientRPCService.Iface iface =
        (IClientRPCService.Iface)
            Proxy.newProxyInstance(
                FakeServer.class.getClassLoader(),
                new Class<?>[] {IClientRPCService.Iface.class},
                (proxy, method, args) -> dispatch(method, args == null ? new Object[0] : args));
    TProtocolFactory protocol =
        compact ? new TCompactProtocol.Factory() : new TBinaryProtocol.Factory();
    TThreadPoolServer.Args args =
        new TThreadPoolServer.Args(serverSocket)
            .processor(new IClientRPCService.Processor<>(iface))
            .protocolFactory(protocol)
            .transportFactory(new TrackingFramedFactory())
            .minWorkerThreads(1)
            .maxWorkerThreads(16);
    server = new TThreadPoolServer(args);
    thread = new Thread(server::serve, "fake-iotdb-server");
    thread.setDaemon(true);
    thread.start();
    // The socket is bound already, so clients can connect; wait only so stop() finds it serving.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!server.isServing()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("fake server did not start in 10 s");
      }
      Thread.onSpinWait();
    }
  }

  /** A server speaking the binary protocol. */
  public static FakeServer start() throws TTransportException {
    return new FakeServer(false);
  }

  /** A server speaking the binary or the compact protocol. */
  public static FakeServer start(boolean compact) throws TTransportException {
    return new FakeServer(compact);
  }

  public int port() {
    return serverSocket.getServerSocket().getLocalPort();
  }

  /** Installs the handler of {@code method}, replacing any earlier one. */
  public FakeServer on(String method, Handler handler) {
    handlers.put(method, handler);
    return this;
  }

  /** Every call received so far, in order. */
  public List<Call> calls() {
    return new ArrayList<>(calls);
  }

  /** The calls of one method. */
  public List<Call> calls(String method) {
    List<Call> out = new ArrayList<>();
    for (Call c : calls) {
      if (c.method().equals(method)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The only call of {@code method}; fails if there is not exactly one. */
  public Call only(String method) {
    List<Call> found = calls(method);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + method + " call, got " + found.size());
    }
    return found.get(0);
  }

  /** Closes every accepted connection, as a crashed server would. */
  public void dropConnections() {
    for (TTransport t : accepted) {
      t.close();
    }
  }

  @Override
  public void close() {
    server.stop();
    dropConnections();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static TSStatus ok() {
    return new TSStatus(200);
  }

  public static TSStatus status(int code, String message) {
    return new TSStatus(code).setMessage(message);
  }

  private Object dispatch(Method method, Object[] args) throws Throwable {
    // The protocol hands out binary fields as views of its frame buffer, which the next request
    // overwrites: keep deep copies.
    Object[] copies = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      copies[i] = args[i] instanceof TBase<?, ?> tb ? tb.deepCopy() : args[i];
    }
    args = copies;
    calls.add(new Call(method.getName(), args));
    Handler h = handlers.get(method.getName());
    try {
      if (h != null) {
        return h.handle(args);
      }
      return defaultAnswer(method);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object defaultAnswer(Method method) throws TException {
    switch (method.getName()) {
      case "openSession":
        return new TSOpenSessionResp(ok(), TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3)
            .setSessionId(SESSION_ID);
      case "requestStatementId":
        return STATEMENT_ID;
      case "getProperties":
        return new ServerProperties(VERSION, List.of("max_time", "min_time"), "ms", 65535)
            .setBuildInfo("test build");
      default:
        if (method.getReturnType() == TSStatus.class) {
          return ok();
        }
        if (method.getName().startsWith("executeUpdateStatement")) {
          return new TSExecuteStatementResp(ok());
        }
        throw new TException("fake server has no handler for " + method.getName());
    }
  }

  private final class TrackingFramedFactory extends TTransportFactory {
    @Override
    public TTransport getTransport(TTransport base) throws TTransportException {
      accepted.add(base);
      return new TFramedTransport(base, 512 << 20);
    }
  }
}
