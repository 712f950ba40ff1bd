package org.stratadb.datanode.rpc.internal;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.apache.thrift.TProcessor;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.server.TServer;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.net.HostPort;

/**
 * Serves a Thrift processor for other nodes: framed binary protocol, a bounded pool of connection
 * threads. Internal peers are few (ConfigNodes, later DataNodes), so thread-per-connection is
 * simple and sufficient here.
 */
public final class InternalRpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InternalRpcServer.class);

  private final String name;
  private final TServerSocket socket;
  private final TServer server;
  private final Thread thread;

  /**
   * Binds the listening socket at once, so a busy port fails here with a clear message.
   *
   * @param name used in thread names and logs, e.g. "internal"
   */
  public InternalRpcServer(String name, HostPort bind, TProcessor processor, int maxThreads) {
    this.name = name;
    try {
      this.socket = new TServerSocket(new InetSocketAddress(bind.host(), bind.port()));
    } catch (TTransportException e) {
      throw new StrataException(
          StatusCode.START_UP_ERROR,
          "cannot listen on " + bind + " for the " + name + " service: " + e.getMessage(),
          e);
    }
    TThreadPoolServer.Args args =
        new TThreadPoolServer.Args(socket)
            .processor(processor)
            .transportFactory(new TFramedTransport.Factory())
            .protocolFactory(new TBinaryProtocol.Factory())
            .minWorkerThreads(1)
            .maxWorkerThreads(maxThreads)
            .stopTimeoutVal(2)
            .stopTimeoutUnit(TimeUnit.SECONDS);
    this.server = new TThreadPoolServer(args);
    this.thread = new Thread(server::serve, "stratadb-" + name + "-rpc");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
    LOG.info("{} service listening on port {}", name, port());
  }

  /** The bound port; useful when binding port 0. */
  public int port() {
    return socket.getServerSocket().getLocalPort();
  }

  @Override
  public void close() {
    server.stop();
    socket.close();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
