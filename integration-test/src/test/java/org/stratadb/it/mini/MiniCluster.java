package org.stratadb.it.mini;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.it.Await;
import org.stratadb.session.ConnectionException;
import org.stratadb.session.Session;
import org.stratadb.session.SessionDataSet;
import org.stratadb.session.StatementExecutionException;

/**
 * N ConfigNodes and M DataNodes in this JVM, on free loopback ports, each in its own home under
 * {@code target/mini/<name>/} ({@code cn0/}, {@code cn1/}, ..., {@code dn0/}, ...). {@code cn0} is
 * the seed: the other ConfigNodes join through it and every DataNode knows all ConfigNodes.
 *
 * <pre>{@code
 * try (MiniCluster cluster = MiniCluster.builder().name("failover").configNodes(3).dataNodes(1)
 *     .build().start()) {
 *   MiniConfigNode leader = cluster.leader();
 *   leader.kill();
 *   cluster.leader();                                  // a new one, within the bound
 *   cluster.execute("create database root.sg");
 *   SqlTable nodes = cluster.query("show cluster");
 * }
 * }</pre>
 *
 * <p>Nodes keep their directories and ports for the cluster's life, so {@link MiniNode#restart()}
 * brings back the same node. Every wait is bounded. {@link #close()} stops every node and, unless
 * turned off, checks that every thread started since {@link MiniClusterBuilder#build()} has ended.
 * A cluster's directory is wiped when a cluster of the same name is built, and kept otherwise, so
 * the files of a failed test can be read afterwards.
 */
public final class MiniCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MiniCluster.class);

  private final Path dir;
  private final List<MiniConfigNode> configNodes;
  private final List<MiniDataNode> dataNodes;
  private final ThreadLeaks threads;
  private final Duration leaderTimeout;
  private final Duration threadTimeout;
  private final boolean checkThreads;
  private boolean closed;

  MiniCluster(
      Path dir,
      List<MiniConfigNode> configNodes,
      List<MiniDataNode> dataNodes,
      ThreadLeaks threads,
      Duration leaderTimeout,
      Duration threadTimeout,
      boolean checkThreads) {
    this.dir = dir;
    this.configNodes = List.copyOf(configNodes);
    this.dataNodes = List.copyOf(dataNodes);
    this.threads = threads;
    this.leaderTimeout = leaderTimeout;
    this.threadTimeout = threadTimeout;
    this.checkThreads = checkThreads;
  }

  public static MiniClusterBuilder builder() {
    return new MiniClusterBuilder();
  }

  /**
   * Starts the ConfigNodes one by one (the seed first), then the DataNodes one by one; returns once
   * all serve. On failure everything started is stopped again.
   *
   * @throws MiniClusterException if a node does not start within its bound
   */
  public MiniCluster start() {
    long began = System.nanoTime();
    try {
      for (MiniConfigNode cn : configNodes) {
        cn.start();
      }
      leader();
      for (MiniDataNode dn : dataNodes) {
        dn.start();
      }
    } catch (RuntimeException e) {
      try {
        close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    LOG.info(
        "MiniCluster {}: {} ConfigNode(s) and {} DataNode(s) started in {} ms",
        dir.getFileName(),
        configNodes.size(),
        dataNodes.size(),
        Duration.ofNanos(System.nanoTime() - began).toMillis());
    return this;
  }

  public MiniConfigNode configNode(int index) {
    return configNodes.get(index);
  }

  public MiniDataNode dataNode(int index) {
    return dataNodes.get(index);
  }

  public List<MiniConfigNode> configNodes() {
    return configNodes;
  }

  public List<MiniDataNode> dataNodes() {
    return dataNodes;
  }

  /** The cluster's directory, holding one home per node. */
  public Path dir() {
    return dir;
  }

  /** The running ConfigNode that leads the group now, if one does. */
  public Optional<MiniConfigNode> currentLeader() {
    return configNodes.stream().filter(MiniConfigNode::isLeader).findFirst();
  }

  /**
   * Waits until a running ConfigNode leads the group and returns it.
   *
   * @throws AssertionError if none leads within the builder's leader timeout
   */
  public MiniConfigNode leader() {
    return await("a ConfigNode leader", leaderTimeout, this::currentLeader, Optional::isPresent)
        .orElseThrow();
  }

  /**
   * A running DataNode, the first in index order.
   *
   * @throws IllegalStateException if none runs
   */
  public MiniDataNode runningDataNode() {
    return dataNodes.stream()
        .filter(MiniNode::isRunning)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no DataNode runs"));
  }

  /** An open root session to the first running DataNode; the caller closes it. */
  public Session openSession() throws StatementExecutionException, ConnectionException {
    return runningDataNode().openSession();
  }

  /**
   * Runs one statement of any kind on the first running DataNode, in a session of its own.
   *
   * @return its rows (an empty table for a statement without rows) or its failure; never throws for
   *     a failed statement or an unreachable node
   */
  public SqlResult sql(String statement) {
    MiniDataNode dn;
    try {
      dn = runningDataNode();
    } catch (IllegalStateException e) {
      return SqlResult.failed(-1, e.getMessage());
    }
    return sql(dn, statement);
  }

  /** {@link #sql(String)} on the given DataNode. */
  public static SqlResult sql(MiniDataNode dataNode, String statement) {
    try (Session session = dataNode.openSession()) {
      SessionDataSet rows = session.executeStatement(statement);
      return SqlResult.ok(rows == null ? new SqlTable(List.of(), List.of()) : SqlTable.read(rows));
    } catch (StatementExecutionException e) {
      return SqlResult.failed(e.getStatusCode(), e.getMessage());
    } catch (ConnectionException | RuntimeException e) {
      return SqlResult.failed(-1, e.toString());
    }
  }

  /**
   * Runs a statement that returns rows.
   *
   * @throws AssertionError if it fails
   */
  public SqlTable query(String statement) {
    SqlResult result = sql(statement);
    if (!result.ok()) {
      throw new AssertionError("'" + statement + "' failed: " + result.error());
    }
    return result.table();
  }

  /**
   * Runs a statement and checks that it succeeds.
   *
   * @throws AssertionError if it fails
   */
  public void execute(String statement) {
    query(statement);
  }

  /**
   * Calls {@code probe} every half second until {@code done} accepts its result, at most {@code
   * timeout}; a probe that throws counts as not done.
   *
   * @return the accepted result
   * @throws AssertionError naming {@code what} and the last result after {@code timeout}
   */
  public static <T> T await(
      String what, Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
    Supplier<Attempt<T>> safe =
        () -> {
          try {
            return new Attempt<>(probe.get(), null);
          } catch (RuntimeException e) {
            return new Attempt<>(null, e);
          }
        };
    return Await.until(what, timeout, safe, a -> a.error() == null && done.test(a.value())).value();
  }

  /** One call of a probe: its result or what it threw. */
  private record Attempt<T>(T value, RuntimeException error) {
    @Override
    public String toString() {
      return error == null ? String.valueOf(value) : "threw " + error;
    }
  }

  /**
   * Waits until {@code show cluster} lists exactly {@code count} nodes, all Running.
   *
   * @return that answer
   */
  public SqlTable awaitAllRunning(int count, Duration timeout) {
    return await(
            count + " nodes Running in show cluster",
            timeout,
            () -> sql("show cluster"),
            r ->
                r.ok()
                    && r.table().rows().size() == count
                    && r.table().column("Status").stream().allMatch("Running"::equals))
        .table();
  }

  /**
   * Stops every DataNode, then every ConfigNode (each bounded), then checks that every thread
   * started since the cluster was built has ended. Idempotent.
   *
   * @throws MiniClusterException if a node would not stop or threads outlive the cluster
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<RuntimeException> failures = new ArrayList<>();
    List<MiniNode> order = new ArrayList<>();
    order.addAll(dataNodes);
    order.addAll(configNodes);
    Collections.reverse(order.subList(0, dataNodes.size()));
    Collections.reverse(order.subList(dataNodes.size(), order.size()));
    for (MiniNode node : order) {
      try {
        node.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (checkThreads) {
      try {
        threads.awaitNoNewThreads(threadTimeout);
      } catch (MiniClusterException e) {
        failures.add(e);
      }
    }
    LOG.info("MiniCluster {} closed", dir.getFileName());
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  /** Deletes a directory tree, if it exists. */
  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + root, e);
    }
  }
}
