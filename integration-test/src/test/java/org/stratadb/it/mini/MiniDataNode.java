package org.stratadb.it.mini;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.stratadb.datanode.DataNode;
import org.stratadb.datanode.conf.DataNodeConfig;
import org.stratadb.session.ConnectionException;
import org.stratadb.session.Session;
import org.stratadb.session.StatementExecutionException;

/**
 * A DataNode of a {@link MiniCluster}.
 *
 * <p><b>What "kill" means here.</b> A DataNode offers no crash mode: {@link DataNode#stop()}
 * flushes every region, and so does closing its storage engine, which is the only way to release
 * the engine's threads and files in this JVM. {@link #kill()} is therefore a stop as well: the node
 * disappears from the cluster (its ports close, heartbeats go unanswered) and comes back through
 * recovery from its directories, but its memtables have been flushed, so the WAL replay of a real
 * crash is not exercised. Use the process harness's {@code kill -9} for that.
 */
public final class MiniDataNode extends MiniNode {
  private final int index;
  private final DataNodeConfig config;
  private volatile DataNode instance;
  private volatile int nodeId = -1;

  MiniDataNode(
      int index,
      Path home,
      Map<String, String> properties,
      Duration startTimeout,
      Duration stopTimeout) {
    super("dn" + index, home, properties, startTimeout, stopTimeout);
    this.index = index;
    this.config = DataNodeConfig.fromProperties(properties, home);
  }

  @Override
  void startInstance() {
    DataNode node = new DataNode(config);
    instance = node;
    node.start();
    nodeId = node.nodeId();
  }

  @Override
  void stopInstance() {
    DataNode node = instance;
    if (node != null) {
      node.stop();
    }
  }

  @Override
  void killInstance() {
    stopInstance();
  }

  /** Its place in the cluster. */
  public int index() {
    return index;
  }

  @Override
  public int nodeId() {
    DataNode node = instance;
    return node != null && node.nodeId() >= 0 ? node.nodeId() : nodeId;
  }

  /**
   * The running instance.
   *
   * @throws IllegalStateException if the node does not run
   */
  public DataNode node() {
    if (!isRunning()) {
      throw new IllegalStateException(name() + " does not run");
    }
    return instance;
  }

  public DataNodeConfig config() {
    return config;
  }

  /** The client (SQL, session) port. */
  public int rpcPort() {
    return config.rpcPort();
  }

  public int internalPort() {
    return config.internalPort();
  }

  /** A new session to this node, not yet open; the caller closes it. */
  public Session newSession() {
    return Session.builder()
        .host(config.rpcAddress())
        .port(rpcPort())
        .connectionTimeoutMs(5_000)
        .socketTimeoutMs(60_000)
        .retry(10, 200)
        .build();
  }

  /** An open session to this node as root; the caller closes it. */
  public Session openSession() throws StatementExecutionException, ConnectionException {
    Session session = newSession();
    session.open();
    return session;
  }
}
