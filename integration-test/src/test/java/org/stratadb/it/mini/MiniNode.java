package org.stratadb.it.mini;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of a {@link MiniCluster}: its name ({@code cn0}, {@code dn1}), home directory, fixed
 * ports and config, and the running instance if any. Every instance of the node uses the same
 * directories and ports, so a restart is the same node coming back.
 *
 * <p>Lifecycle: {@link #start()}, {@link #stop()} (graceful), {@link #kill()} (abrupt, as far as a
 * node in this JVM can be; see the subclasses), {@link #restart()}. Each step is bounded; a step
 * that does not finish in time fails with the stack of the thread that ran it.
 */
public abstract class MiniNode {
  private static final Logger LOG = LoggerFactory.getLogger(MiniNode.class);

  /** Where a node is in its life. */
  public enum State {
    /** Never started. */
    NEW,
    RUNNING,
    /** Stopped gracefully. */
    STOPPED,
    KILLED,
    /** A start failed or timed out; the instance was stopped as far as possible. */
    FAILED
  }

  private final String name;
  private final Path home;
  private final Map<String, String> properties;
  private final Duration startTimeout;
  private final Duration stopTimeout;
  private volatile State state = State.NEW;
  private int starts;

  MiniNode(
      String name,
      Path home,
      Map<String, String> properties,
      Duration startTimeout,
      Duration stopTimeout) {
    this.name = name;
    this.home = home;
    this.properties = Map.copyOf(properties);
    this.startTimeout = startTimeout;
    this.stopTimeout = stopTimeout;
  }

  /** Creates a new instance of the node from its config and starts it; returns once it serves. */
  abstract void startInstance();

  /** Stops the current instance gracefully. */
  abstract void stopInstance();

  /** Stops the current instance as abruptly as this kind of node allows in one JVM. */
  abstract void killInstance();

  /** The id the cluster gave this node; -1 before its first start. */
  public abstract int nodeId();

  /**
   * Starts a new instance with the node's directories and ports.
   *
   * @throws IllegalStateException if it is running
   * @throws MiniClusterException if it fails to start or does not start within the bound
   */
  public MiniNode start() {
    return start(startTimeout);
  }

  /** {@link #start()} with a bound of its own. */
  public synchronized MiniNode start(Duration timeout) {
    if (state == State.RUNNING) {
      throw new IllegalStateException(name + " is already running");
    }
    starts++;
    LOG.info("MiniCluster: starting {} (start #{}) in {}", name, starts, home);
    try {
      Bounded.run("start " + name, timeout, this::startInstance);
    } catch (MiniClusterException e) {
      state = State.FAILED;
      stopAfterFailedStart();
      throw e;
    }
    state = State.RUNNING;
    LOG.info("MiniCluster: {} is running as node {}", name, nodeId());
    return this;
  }

  private void stopAfterFailedStart() {
    try {
      Bounded.run("stop " + name + " after a failed start", stopTimeout, this::stopInstance);
    } catch (MiniClusterException e) {
      LOG.warn("MiniCluster: {} could not be stopped after its failed start: {}", name, e);
    }
  }

  /** Stops the node gracefully, if it runs. */
  public synchronized void stop() {
    if (state != State.RUNNING) {
      return;
    }
    LOG.info("MiniCluster: stopping {} (node {})", name, nodeId());
    state = State.STOPPED;
    Bounded.run("stop " + name, stopTimeout, this::stopInstance);
  }

  /** Stops the node abruptly, if it runs. */
  public synchronized void kill() {
    if (state != State.RUNNING) {
      return;
    }
    LOG.info("MiniCluster: killing {} (node {})", name, nodeId());
    state = State.KILLED;
    Bounded.run("kill " + name, stopTimeout, this::killInstance);
  }

  /** Stops the node gracefully if it runs, then starts it again with the same dirs and ports. */
  public synchronized MiniNode restart() {
    stop();
    return start();
  }

  /** Stops whatever instance exists, whatever its state; for closing the cluster. */
  synchronized void close() {
    if (state == State.RUNNING) {
      stop();
    } else if (state == State.FAILED) {
      stopAfterFailedStart();
    }
  }

  public State state() {
    return state;
  }

  public boolean isRunning() {
    return state == State.RUNNING;
  }

  /** {@code cn<i>} or {@code dn<j>}: the node's place in the cluster, not its node id. */
  public String name() {
    return name;
  }

  /** The node's home; its relative directories resolve against it. */
  public Path home() {
    return home;
  }

  /** The properties its config is built from. */
  public Map<String, String> properties() {
    return properties;
  }

  @Override
  public String toString() {
    return name + "(node " + nodeId() + ", " + state + ")";
  }
}
