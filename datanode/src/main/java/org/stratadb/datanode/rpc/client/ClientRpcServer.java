package org.stratadb.datanode.rpc.client;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.thrift.TConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/**
 * The TCP server of the DataNode's client service ({@code dn_rpc_address:dn_rpc_port}, 6667 by
 * default): framed Thrift, binary or compact protocol chosen per connection from its first message,
 * one {@link ConnectionHandler} per connection.
 *
 * <p>Built on Netty rather than Thrift's thread-per-connection server: every IoTDB {@code Session}
 * keeps at least two connections open (its own and its node-list refresher's, which sends one query
 * a minute), and pools keep many more, so most connections are idle most of the time. Here a few
 * event-loop threads own all sockets and only requests in progress take one of {@link
 * ClientRpcLimits#workerThreads()} worker threads, so idle connections cost no thread, and a
 * connection that sends garbage or an oversized frame is closed before anything is allocated for
 * it. Requests of one connection still run strictly one after the other, as Thrift clients expect.
 *
 * <p>Lifecycle: {@link #start()} binds (port 0 picks a free port, see {@link #port()}); {@link
 * #stop()} closes the listener and every connection, waits up to {@link
 * ClientRpcLimits#stopTimeout()} for running requests, and releases all threads.
 */
public final class ClientRpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClientRpcServer.class);

  private enum State {
    NEW,
    RUNNING,
    STOPPED
  }

  private final String host;
  private final int requestedPort;
  private final ClientRpcLimits limits;
  private final Shared shared;
  private State state = State.NEW;
  private EventLoopGroup acceptGroup;
  private EventLoopGroup ioGroup;
  private ThreadPoolExecutor workers;
  private Channel listener;
  private volatile int boundPort = -1;

  /**
   * @param host address to bind ({@code 0.0.0.0} for all)
   * @param port port to bind, 0 for any free one
   * @param handlers creates the handler of each connection
   */
  public ClientRpcServer(
      String host, int port, ConnectionHandlerFactory handlers, ClientRpcLimits limits) {
    this.host = Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    this.requestedPort = port;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.shared = new Shared(Objects.requireNonNull(handlers, "handlers"), limits);
  }

  /**
   * Binds and starts serving.
   *
   * @throws StrataException {@link StatusCode#START_UP_ERROR} if the address cannot be bound
   */
  public synchronized void start() {
    if (state != State.NEW) {
      throw new IllegalStateException("the client service can be started once; it is " + state);
    }
    acceptGroup = new NioEventLoopGroup(1, new DefaultThreadFactory("client-rpc-accept"));
    ioGroup = new NioEventLoopGroup(limits.ioThreads(), new DefaultThreadFactory("client-rpc-io"));
    workers = newWorkerPool(limits.workerThreads());
    shared.workers = workers;
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(acceptGroup, ioGroup)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new ThriftConnection(shared));
                  }
                });
    try {
      listener = bootstrap.bind(host, requestedPort).syncUninterruptibly().channel();
    } catch (Exception e) { // Netty rethrows the BindException undeclared
      releaseThreads(System.nanoTime() + limits.stopTimeout().toNanos());
      state = State.STOPPED;
      throw new StrataException(
          StatusCode.START_UP_ERROR,
          "Cannot start the client service on " + host + ":" + requestedPort + ": " + e,
          e);
    }
    boundPort = ((InetSocketAddress) listener.localAddress()).getPort();
    state = State.RUNNING;
    LOG.info("Client service listening on {}:{}", host, boundPort);
  }

  /** The bound port once started (useful with port 0); -1 before. */
  public int port() {
    return boundPort;
  }

  public String host() {
    return host;
  }

  /** Connections open right now. */
  public int connectionCount() {
    return shared.connections.size();
  }

  /**
   * Closes the listener and every connection, waits a bounded time for running requests and
   * releases all threads. Safe to call more than once, and before {@link #start()}.
   */
  public synchronized void stop() {
    if (state != State.RUNNING) {
      state = State.STOPPED;
      return;
    }
    state = State.STOPPED;
    long deadline = System.nanoTime() + limits.stopTimeout().toNanos();
    listener.close().awaitUninterruptibly(remainingMillis(deadline));
    List<Channel> open = new ArrayList<>(shared.connections);
    open.forEach(Channel::close);
    for (Channel channel : open) {
      channel.closeFuture().awaitUninterruptibly(remainingMillis(deadline));
    }
    releaseThreads(deadline);
    LOG.info("Client service on {}:{} stopped", host, boundPort);
  }

  @Override
  public void close() {
    stop();
  }

  private void releaseThreads(long deadline) {
    if (workers != null) {
      workers.shutdown();
      try {
        if (!workers.awaitTermination(remainingMillis(deadline), TimeUnit.MILLISECONDS)) {
          int running = workers.getActiveCount();
          workers.shutdownNow();
          LOG.warn("Client service stopped with {} requests still running", running);
        }
      } catch (InterruptedException e) {
        workers.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    for (EventLoopGroup group : new EventLoopGroup[] {ioGroup, acceptGroup}) {
      if (group != null) {
        group
            .shutdownGracefully(0, remainingMillis(deadline), TimeUnit.MILLISECONDS)
            .awaitUninterruptibly(remainingMillis(deadline) + 1000);
      }
    }
  }

  private static long remainingMillis(long deadlineNanos) {
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
  }

  private static ThreadPoolExecutor newWorkerPool(int threads) {
    AtomicInteger index = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "client-rpc-worker-" + index.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** What every connection of this server shares. */
  static final class Shared {
    private final ConnectionHandlerFactory handlers;
    private final ClientRpcLimits limits;
    private final TConfiguration thriftConfig;
    private final Set<Channel> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger admitted = new AtomicInteger();
    private final FramePool frames = new FramePool();
    private volatile ExecutorService workers;

    Shared(ConnectionHandlerFactory handlers, ClientRpcLimits limits) {
      this.handlers = handlers;
      this.limits = limits;
      // A message can be as large as its frame; nothing else bounds it.
      this.thriftConfig =
          new TConfiguration(
              limits.maxFrameBytes(),
              limits.maxFrameBytes(),
              TConfiguration.DEFAULT_RECURSION_DEPTH);
    }

    ConnectionHandlerFactory handlers() {
      return handlers;
    }

    ExecutorService workers() {
      return workers;
    }

    /** Buffers frames are received into, reused from request to request. */
    FramePool frames() {
      return frames;
    }

    TConfiguration thriftConfig() {
      return thriftConfig;
    }

    int maxFrameBytes() {
      return limits.maxFrameBytes();
    }

    int maxConnections() {
      return limits.maxConnections();
    }

    boolean admit(Channel channel) {
      if (admitted.incrementAndGet() > limits.maxConnections()) {
        admitted.decrementAndGet();
        return false;
      }
      connections.add(channel);
      return true;
    }

    void release(Channel channel) {
      if (connections.remove(channel)) {
        admitted.decrementAndGet();
      }
    }
  }
}
