package org.stratadb.confignode.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import org.apache.thrift.TConfiguration;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.stratadb.commons.net.HostPort;

/**
 * Reusable framed-binary Thrift connections to other nodes, a few idle ones kept per endpoint. A
 * connection that failed a call is closed, never reused. Calls must be idempotent: one that fails
 * on a reused connection is sent again on a fresh one. Thread-safe.
 */
public final class ThriftClientPool<C> implements AutoCloseable {
  /** The largest frame sent or accepted, as on the servers. */
  public static final int MAX_FRAME_BYTES = 256 * 1024 * 1024;

  private static final int MAX_IDLE_PER_ENDPOINT = 4;
  private static final int MAX_CONNECT_MS = 5_000;

  private final Function<TProtocol, C> factory;
  private final Map<HostPort, ConcurrentLinkedDeque<Connection<C>>> idle =
      new ConcurrentHashMap<>();
  private volatile boolean closed;

  public ThriftClientPool(Function<TProtocol, C> factory) {
    this.factory = factory;
  }

  /**
   * Runs {@code call} on a connection to {@code endpoint}, bounded by {@code timeout} for connect
   * and for each read.
   *
   * @throws TException if the node cannot be reached or the call fails
   */
  public <R> R call(HostPort endpoint, Duration timeout, ThriftCall<C, R> call) throws TException {
    Connection<C> pooled = pollIdle(endpoint, timeout);
    if (pooled != null) {
      try {
        return callOn(endpoint, pooled, call);
      } catch (TTransportException e) {
        // The idle connection may have gone stale (the peer restarted); calls through this pool
        // are idempotent, so try once more on a fresh one.
      }
    }
    return callOn(endpoint, open(endpoint, timeout), call);
  }

  private <R> R callOn(HostPort endpoint, Connection<C> conn, ThriftCall<C, R> call)
      throws TException {
    boolean ok = false;
    try {
      R result = call.call(conn.client);
      ok = true;
      return result;
    } finally {
      if (ok) {
        release(endpoint, conn);
      } else {
        conn.transport.close();
      }
    }
  }

  private Connection<C> pollIdle(HostPort endpoint, Duration timeout) {
    ConcurrentLinkedDeque<Connection<C>> queue = idle.get(endpoint);
    Connection<C> conn = queue == null ? null : queue.pollFirst();
    if (conn != null) {
      conn.socket.setTimeout(millis(timeout));
    }
    return conn;
  }

  private static int millis(Duration timeout) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
  }

  private Connection<C> open(HostPort endpoint, Duration timeout) throws TException {
    int ms = millis(timeout);
    TConfiguration conf =
        TConfiguration.custom()
            .setMaxFrameSize(MAX_FRAME_BYTES)
            .setMaxMessageSize(MAX_FRAME_BYTES)
            .build();
    TSocket socket =
        new TSocket(conf, endpoint.host(), endpoint.port(), ms, Math.min(ms, MAX_CONNECT_MS));
    TTransport transport = new TFramedTransport(socket, MAX_FRAME_BYTES);
    transport.open();
    return new Connection<>(socket, transport, factory.apply(new TBinaryProtocol(transport)));
  }

  private void release(HostPort endpoint, Connection<C> conn) {
    ConcurrentLinkedDeque<Connection<C>> queue =
        idle.computeIfAbsent(endpoint, e -> new ConcurrentLinkedDeque<>());
    if (closed || queue.size() >= MAX_IDLE_PER_ENDPOINT) {
      conn.transport.close();
      return;
    }
    queue.offerFirst(conn);
    if (closed) {
      closeIdle();
    }
  }

  /** Closes the idle connections to {@code endpoint}, e.g. after the node failed. */
  public void evict(HostPort endpoint) {
    ConcurrentLinkedDeque<Connection<C>> queue = idle.remove(endpoint);
    if (queue != null) {
      queue.forEach(c -> c.transport.close());
    }
  }

  @Override
  public void close() {
    closed = true;
    closeIdle();
  }

  private void closeIdle() {
    idle.values().forEach(q -> q.forEach(c -> c.transport.close()));
    idle.clear();
  }

  private record Connection<C>(TSocket socket, TTransport transport, C client) {}
}
