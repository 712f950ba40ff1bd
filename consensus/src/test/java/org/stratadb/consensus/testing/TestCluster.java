package org.stratadb.consensus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.Peer;
import org.stratadb.consensus.api.StateMachineRegistry;

/**
 * Nodes 1..N of one consensus kind in this JVM, each with its own loopback port (kept across
 * restarts), storage directory and {@link KvRegistry}.
 */
public final class TestCluster implements AutoCloseable {

  /** Makes an unstarted consensus instance. */
  @FunctionalInterface
  public interface ConsensusMaker {
    IConsensus make(ConsensusSettings settings, StateMachineRegistry registry);
  }

  private final Map<Integer, TestNode> nodes = new LinkedHashMap<>();

  /**
   * @param durableStateMachines whether the state machines journal their writes themselves
   */
  public TestCluster(
      Path root,
      int nodeCount,
      ConsensusMaker maker,
      boolean durableStateMachines,
      long snapshotEveryEntries) {
    for (int id = 1; id <= nodeCount; id++) {
      Path dir = root.resolve("node-" + id);
      ConsensusSettings settings =
          new ConsensusSettings(
              id,
              new HostPort("127.0.0.1", freePort()),
              dir.resolve("consensus"),
              snapshotEveryEntries,
              Duration.ofSeconds(10));
      nodes.put(
          id, new TestNode(settings, maker, durableStateMachines ? dir.resolve("journals") : null));
    }
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestNode node(int id) {
    TestNode n = nodes.get(id);
    if (n == null) {
      throw new IllegalArgumentException("no node " + id);
    }
    return n;
  }

  public List<Integer> ids() {
    return List.copyOf(nodes.keySet());
  }

  public List<TestNode> running() {
    return nodes.values().stream().filter(TestNode::isRunning).toList();
  }

  public void startAll() throws ConsensusException {
    for (TestNode n : nodes.values()) {
      n.start();
    }
  }

  /** Stops every node, in parallel: a Ratis server takes about a second to close. */
  public void stopAll() throws ConsensusException {
    List<CompletableFuture<Void>> stops = new ArrayList<>();
    for (TestNode n : nodes.values()) {
      stops.add(
          CompletableFuture.runAsync(
              () -> {
                try {
                  n.stop();
                } catch (ConsensusException e) {
                  throw new CompletionException(e);
                }
              }));
    }
    try {
      CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ConsensusException c) {
        throw c;
      }
      throw e;
    }
  }

  public List<Peer> peers(ConsensusGroupId group, int... ids) {
    List<Peer> peers = new ArrayList<>();
    for (int id : ids) {
      peers.add(node(id).peer(group));
    }
    return peers;
  }

  /** Creates the group's local peer on each of {@code ids}, all with that membership. */
  public void createGroup(ConsensusGroupId group, int... ids) throws ConsensusException {
    List<Peer> peers = peers(group, ids);
    for (int id : ids) {
      node(id).consensus().createLocalPeer(group, peers);
    }
  }

  /** Waits until exactly one running node among {@code ids} leads, and returns it. */
  public int awaitLeader(ConsensusGroupId group, int... ids) {
    int[] among = ids.length == 0 ? ids().stream().mapToInt(Integer::intValue).toArray() : ids;
    int[] found = new int[1];
    Waits.await(
        "a leader of " + group + " among " + Arrays.toString(among),
        () -> {
          List<Integer> leaders = new ArrayList<>();
          for (int id : among) {
            TestNode n = node(id);
            if (n.isRunning() && n.consensus().isLeader(group)) {
              leaders.add(id);
            }
          }
          if (leaders.size() == 1) {
            found[0] = leaders.get(0);
            return true;
          }
          return false;
        });
    return found[0];
  }

  @Override
  public void close() {
    CompletableFuture.allOf(
            nodes.values().stream()
                .map(n -> CompletableFuture.runAsync(n::stopQuietly))
                .toArray(CompletableFuture[]::new))
        .join();
  }
}
