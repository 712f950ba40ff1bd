package org.stratadb.datanode.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.thrift.TConfiguration;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.net.HostPort;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.confignode.IConfigNodeRPCService;

/**
 * The DataNode's connection to the ConfigNode group. It talks to the leader: it starts with the
 * seed ConfigNodes, follows REDIRECTION_RECOMMEND answers to the leader, moves on to the next known
 * ConfigNode when one is unreachable, and keeps trying for a bounded time.
 *
 * <p>Calls are serialized on one connection; they are rare (registration, cache misses, DDL).
 */
public final class ConfigNodeClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigNodeClient.class);

  /** One RPC against a connected client. */
  @FunctionalInterface
  public interface Call<R> {
    R apply(IConfigNodeRPCService.Client client) throws TException;
  }

  private final Set<HostPort> known = new LinkedHashSet<>();
  private final Duration socketTimeout;
  private final Duration retryBudget;
  private HostPort current;
  private TTransport transport;
  private IConfigNodeRPCService.Client client;

  public ConfigNodeClient(List<HostPort> seeds, Duration socketTimeout, Duration retryBudget) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("at least one ConfigNode is needed");
    }
    known.addAll(seeds);
    this.current = seeds.get(0);
    this.socketTimeout = socketTimeout;
    this.retryBudget = retryBudget;
  }

  /** Learns the ConfigNodes of the group, so the client can fail over to any of them. */
  public synchronized void learn(List<TConfigNodeLocation> configNodes) {
    for (TConfigNodeLocation location : configNodes) {
      known.add(
          new HostPort(
              location.getInternalEndPoint().getIp(), location.getInternalEndPoint().getPort()));
    }
  }

  /** The ConfigNodes this client knows, the current one first. */
  public synchronized List<HostPort> knownConfigNodes() {
    List<HostPort> all = new ArrayList<>();
    all.add(current);
    for (HostPort h : known) {
      if (!h.equals(current)) {
        all.add(h);
      }
    }
    return all;
  }

  /**
   * Runs {@code call} on the leader and returns its answer, whatever its status except a redirect.
   *
   * @param what names the request in errors, e.g. "register"
   * @param status extracts the answer's status, to follow redirects
   * @throws StrataException INTERNAL_REQUEST_TIME_OUT if no ConfigNode answered within the budget
   */
  public synchronized <R> R call(String what, Call<R> call, Function<R, TSStatus> status) {
    long deadline = System.nanoTime() + retryBudget.toNanos();
    String lastProblem = "no ConfigNode tried";
    int attempt = 0;
    while (attempt == 0 || System.nanoTime() < deadline) {
      attempt++;
      try {
        R answer = call.apply(connected());
        TSStatus s = status.apply(answer);
        if (s != null
            && s.getCode() == StatusCode.REDIRECTION_RECOMMEND.code()
            && s.isSetRedirectNode()) {
          HostPort leader =
              new HostPort(s.getRedirectNode().getIp(), s.getRedirectNode().getPort());
          lastProblem = current + " redirected to " + leader;
          switchTo(leader);
          continue;
        }
        return answer;
      } catch (TException | RuntimeException e) {
        if (e instanceof StrataException se) {
          throw se;
        }
        lastProblem = current + ": " + e.getMessage();
        LOG.debug("ConfigNode call {} failed on {}", what, current, e);
        switchTo(next());
        pause(attempt);
      }
    }
    throw new StrataException(
        StatusCode.INTERNAL_REQUEST_TIME_OUT,
        "no ConfigNode answered '"
            + what
            + "' within "
            + retryBudget.toSeconds()
            + "s; last: "
            + lastProblem);
  }

  private IConfigNodeRPCService.Client connected() throws TTransportException {
    if (client == null) {
      int timeout = (int) socketTimeout.toMillis();
      TSocket socket = new TSocket(new TConfiguration(), current.host(), current.port(), timeout);
      transport = new TFramedTransport(socket);
      transport.open();
      client = new IConfigNodeRPCService.Client(new TBinaryProtocol(transport));
    }
    return client;
  }

  private HostPort next() {
    List<HostPort> all = new ArrayList<>(known);
    int index = all.indexOf(current);
    return all.get((index + 1) % all.size());
  }

  private void switchTo(HostPort target) {
    disconnect();
    known.add(target);
    current = target;
  }

  private void disconnect() {
    if (transport != null) {
      transport.close();
    }
    transport = null;
    client = null;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(1000, 50L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(StatusCode.INTERNAL_SERVER_ERROR, "interrupted", e);
    }
  }

  @Override
  public synchronized void close() {
    disconnect();
  }
}
