package org.stratadb.confignode.rpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.server.ServerContext;
import org.apache.thrift.server.TServerEventHandler;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.apache.thrift.transport.layered.TLayeredTransport;
import org.stratadb.commons.net.HostPort;
import org.stratadb.confignode.ConfigNodeStartupException;
import org.stratadb.confignode.client.ThriftClientPool;
import org.stratadb.protocol.confignode.IConfigNodeRPCService;

/**
 * The internal RPC server: framed binary Thrift, one thread per connection. The port is bound when
 * the server is created, so a busy port fails the start before anything else happens; it serves
 * once {@link #serve} is called. Closing it also closes every open connection.
 */
public final class ConfigNodeRpcServer implements AutoCloseable {
  private static final int MAX_WORKERS = 512;

  private final HostPort endpoint;
  private final TServerSocket socket;
  private final Set<TTransport> connections = ConcurrentHashMap.newKeySet();
  private TThreadPoolServer server;
  private Thread thread;

  private ConfigNodeRpcServer(HostPort endpoint, TServerSocket socket) {
    this.endpoint = endpoint;
    this.socket = socket;
  }

  /**
   * Binds {@code endpoint}.
   *
   * @throws ConfigNodeStartupException if the port is taken or the address is not local
   */
  public static ConfigNodeRpcServer bind(HostPort endpoint) {
    try {
      TServerSocket socket =
          new TServerSocket(
              new TServerSocket.ServerSocketTransportArgs()
                  .bindAddr(new InetSocketAddress(endpoint.host(), endpoint.port()))
                  .backlog(1024));
      return new ConfigNodeRpcServer(endpoint, socket);
    } catch (TTransportException e) {
      throw new ConfigNodeStartupException(
          "cannot listen on cn_internal_address:cn_internal_port "
              + endpoint
              + " (is the port already in use?): "
              + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Starts answering with {@code handler} on a thread of its own. */
  public synchronized void serve(IConfigNodeRPCService.Iface handler, String threadPrefix) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            0,
            MAX_WORKERS,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, threadPrefix + "-rpc-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    TThreadPoolServer.Args args =
        new TThreadPoolServer.Args(socket)
            .processor(new IConfigNodeRPCService.Processor<>(handler))
            .transportFactory(new TFramedTransport.Factory(ThriftClientPool.MAX_FRAME_BYTES))
            .protocolFactory(new TBinaryProtocol.Factory())
            .executorService(workers);
    args.stopTimeoutVal = 2;
    args.stopTimeoutUnit = TimeUnit.SECONDS;
    server = new TThreadPoolServer(args);
    server.setServerEventHandler(new ConnectionTracker());
    thread = new Thread(server::serve, threadPrefix + "-rpc-accept");
    thread.setDaemon(true);
    thread.start();
  }

  public HostPort endpoint() {
    return endpoint;
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
    }
    socket.close();
    connections.forEach(ConfigNodeRpcServer::hangUp);
    connections.clear();
    if (thread != null) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Ends a connection's pending read as if the client had hung up, so its worker exits without
   * logging a socket error.
   */
  private static void hangUp(TTransport transport) {
    TTransport t = transport;
    while (t instanceof TLayeredTransport layered) {
      t = layered.getInnerTransport();
    }
    if (t instanceof TSocket socket && socket.getSocket() != null) {
      try {
        socket.getSocket().shutdownInput();
        return;
      } catch (IOException e) {
        // fall through and close it
      }
    }
    transport.close();
  }

  /** Remembers open connections so that {@link #close} can end them. */
  private final class ConnectionTracker implements TServerEventHandler {
    @Override
    public void preServe() {}

    @Override
    public ServerContext createContext(TProtocol input, TProtocol output) {
      connections.add(input.getTransport());
      return new ServerContext() {
        @Override
        public <T> T unwrap(Class<T> type) {
          throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
          return false;
        }
      };
    }

    @Override
    public void deleteContext(ServerContext context, TProtocol input, TProtocol output) {
      connections.remove(input.getTransport());
    }

    @Override
    public void processContext(ServerContext context, TTransport in, TTransport out) {}
  }
}
