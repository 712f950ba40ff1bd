package org.stratadb.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.GroupNotFoundException;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.Peer;
import org.stratadb.consensus.testing.KvStateMachine;
import org.stratadb.consensus.testing.TestCluster;
import org.stratadb.consensus.testing.TestNode;
import org.stratadb.consensus.testing.Waits;

/**
 * What every consensus implementation must do, written once and run against each one (and each
 * group size) by the subclasses.
 */
abstract class ConsensusContract {
  /**
   * A group id of its own per test class: the classes run side by side in one JVM, where Ratis
   * registers a JMX bean per node id and group.
   */
  final ConsensusGroupId GROUP =
      new ConsensusGroupId(
          ConsensusGroupId.Type.DATA_REGION, Math.floorMod(getClass().getName().hashCode(), 1000));

  static final long NO_AUTO_SNAPSHOT = 1_000_000;

  @TempDir Path tmp;
  TestCluster cluster;

  /** Makes unstarted instances of the implementation under test. */
  abstract TestCluster.ConsensusMaker maker();

  /** How many replicas the group under test has. */
  abstract int replicas();

  /**
   * Whether the implementation keeps a log and snapshots (Ratis); if not, the state machines
   * persist themselves.
   */
  abstract boolean logsAndSnapshots();

  TestCluster startCluster(long snapshotEveryEntries) throws ConsensusException {
    cluster = new TestCluster(tmp, replicas(), maker(), !logsAndSnapshots(), snapshotEveryEntries);
    cluster.startAll();
    return cluster;
  }

  int[] all() {
    return IntStream.rangeClosed(1, replicas()).toArray();
  }

  @AfterEach
  void closeCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void writesAreAppliedAndReadOnEveryReplica() throws Exception {
    startCluster(NO_AUTO_SNAPSHOT);
    cluster.createGroup(GROUP, all());
    // Right away, before any leader may be known: the write waits for one.
    assertEquals("1", cluster.node(1).write(GROUP, "incr first"));
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));

    assertEquals("", leader.write(GROUP, "put a x"));
    assertEquals("x", leader.write(GROUP, "put a y"));
    assertEquals("1", leader.write(GROUP, "incr n"));
    assertEquals("2", leader.write(GROUP, "incr n"));
    assertEquals("y", leader.read(GROUP, "get a"));
    assertEquals("2", leader.read(GROUP, "get n"));

    Peer expected = leader.peer(GROUP);
    for (TestNode n : cluster.running()) {
      Waits.await(
          "node " + n.id() + " to apply both writes",
          () -> "2".equals(n.readOrNull(GROUP, "get n")));
      assertEquals(List.of(GROUP), n.consensus().groups());
      Waits.await(
          "node " + n.id() + " to know the leader",
          () -> n.consensus().leader(GROUP).equals(java.util.Optional.of(expected)));
      assertEquals(replicas(), n.consensus().peers(GROUP).size());
      assertEquals(n == leader, n.consensus().isLeader(GROUP));
    }
    Waits.await(
        "the leader's state machine to hear it leads",
        () -> leader.stateMachine(GROUP).leadershipChanges().contains(true));
  }

  @Test
  void restartRecoversGroupsWithoutSnapshot() throws Exception {
    startCluster(NO_AUTO_SNAPSHOT);
    cluster.createGroup(GROUP, all());
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));
    for (int i = 0; i < 30; i++) {
      leader.write(GROUP, "incr n");
    }
    leader.write(GROUP, "put k v");

    cluster.stopAll();
    cluster.startAll();
    for (TestNode n : cluster.running()) {
      assertEquals(List.of(GROUP), n.consensus().groups());
    }
    TestNode newLeader = cluster.node(cluster.awaitLeader(GROUP));
    assertEquals("30", newLeader.read(GROUP, "get n"));
    assertEquals("v", newLeader.read(GROUP, "get k"));
    if (logsAndSnapshots()) {
      // Rebuilt from the log alone: no snapshot existed.
      assertEquals(0, newLeader.stateMachine(GROUP).snapshotsLoaded());
      assertEquals(31, newLeader.stateMachine(GROUP).applied());
    }
    assertEquals("31", newLeader.write(GROUP, "incr n"));
  }

  @Test
  void restartLoadsSnapshotThenReplaysLaterEntries() throws Exception {
    startCluster(NO_AUTO_SNAPSHOT);
    cluster.createGroup(GROUP, all());
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));
    for (int i = 0; i < 20; i++) {
      leader.write(GROUP, "incr n");
    }
    for (TestNode n : cluster.running()) {
      Waits.await(
          "node " + n.id() + " to apply 20 writes",
          () -> "20".equals(n.readOrNull(GROUP, "get n")));
      n.consensus().triggerSnapshot(GROUP);
    }
    for (int i = 0; i < 5; i++) {
      leader.write(GROUP, "incr n");
    }
    int oldLeader = leader.id();

    cluster.stopAll();
    cluster.startAll();
    TestNode restarted = cluster.node(oldLeader);
    if (logsAndSnapshots()) {
      KvStateMachine sm = restarted.stateMachine(GROUP);
      assertEquals(1, sm.snapshotsLoaded());
      Waits.await(
          "node " + oldLeader + " to replay the 5 entries after its snapshot",
          () -> sm.applied() == 5);
    } else {
      assertEquals(0, restarted.stateMachine(GROUP).snapshotsTaken());
    }
    TestNode newLeader = cluster.node(cluster.awaitLeader(GROUP));
    assertEquals("25", newLeader.read(GROUP, "get n"));
  }

  @Test
  void snapshotsFollowTheConfiguredInterval() throws Exception {
    startCluster(10);
    cluster.createGroup(GROUP, all());
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));
    for (int i = 0; i < 35; i++) {
      leader.write(GROUP, "put k" + i + " v" + i);
    }
    for (TestNode n : cluster.running()) {
      KvStateMachine sm = n.stateMachine(GROUP);
      if (logsAndSnapshots()) {
        Waits.await("node " + n.id() + " to take 3 snapshots", () -> sm.snapshotsTaken() >= 3);
      } else {
        assertEquals(0, sm.snapshotsTaken());
      }
    }
    cluster.stopAll();
    cluster.startAll();
    TestNode newLeader = cluster.node(cluster.awaitLeader(GROUP));
    assertEquals("35", newLeader.read(GROUP, "size"));
    assertEquals(logsAndSnapshots() ? 1 : 0, newLeader.stateMachine(GROUP).snapshotsLoaded());
  }

  @Test
  void deleteLocalPeerRemovesTheGroupForGood() throws Exception {
    startCluster(NO_AUTO_SNAPSHOT);
    cluster.createGroup(GROUP, all());
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));
    leader.write(GROUP, "put a 1");
    leader.consensus().triggerSnapshot(GROUP);

    for (TestNode n : cluster.running()) {
      KvStateMachine sm = n.stateMachine(GROUP);
      n.consensus().deleteLocalPeer(GROUP);
      assertTrue(sm.stopped());
      assertEquals(List.of(), n.consensus().groups());
      assertFalse(n.consensus().isLeader(GROUP));
      assertThrows(GroupNotFoundException.class, () -> n.read(GROUP, "get a"));
      assertEquals(List.of(), groupFiles(n), "files left on node " + n.id());
    }
    cluster.stopAll();
    cluster.startAll();
    for (TestNode n : cluster.running()) {
      assertEquals(List.of(), n.consensus().groups());
    }
    // The same group can be created again, from scratch.
    cluster.createGroup(GROUP, all());
    TestNode again = cluster.node(cluster.awaitLeader(GROUP));
    if (logsAndSnapshots()) {
      assertEquals("", again.read(GROUP, "get a"));
    }
    again.write(GROUP, "put b 2");
    assertEquals("2", again.read(GROUP, "get b"));
  }

  @Test
  void concurrentWritesFromEveryReplicaAreAllApplied() throws Exception {
    startCluster(NO_AUTO_SNAPSHOT);
    cluster.createGroup(GROUP, all());
    cluster.awaitLeader(GROUP);
    int threads = 4;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Set<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        TestNode via = cluster.node(t % replicas() + 1);
        results.add(
            pool.submit(
                () -> {
                  Set<String> seen = new HashSet<>();
                  for (int i = 0; i < perThread; i++) {
                    seen.add(via.write(GROUP, "incr n"));
                  }
                  return seen;
                }));
      }
      Set<String> all = new HashSet<>();
      for (Future<Set<String>> f : results) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }
      // Every increment saw a distinct count: none was lost or applied twice.
      assertEquals(threads * perThread, all.size());
    } finally {
      pool.shutdownNow();
    }
    String total = Integer.toString(threads * perThread);
    for (TestNode n : cluster.running()) {
      Waits.await(
          "node " + n.id() + " to apply every write",
          () -> total.equals(n.readOrNull(GROUP, "get n")));
    }
  }

  /** What remains of groups under a node's storage directory. */
  static List<String> groupFiles(TestNode n) throws Exception {
    List<String> left = new java.util.ArrayList<>();
    try (var s = Files.walk(n.storageDir())) {
      s.filter(p -> !p.equals(n.storageDir()))
          .map(p -> n.storageDir().relativize(p).toString())
          .filter(p -> !p.equals("ratis"))
          .forEach(left::add);
    }
    return left;
  }

  @Test
  void misuseIsRejectedWithTypedErrors() throws Exception {
    startCluster(NO_AUTO_SNAPSHOT);
    cluster.createGroup(GROUP, all());
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));
    IConsensus c = leader.consensus();
    ConsensusGroupId unknown = new ConsensusGroupId(ConsensusGroupId.Type.SCHEMA_REGION, 1);

    assertThrows(
        ConsensusException.class, () -> c.createLocalPeer(GROUP, cluster.peers(GROUP, all())));
    Peer stranger = new Peer(unknown, 99, leader.settings().endpoint());
    assertThrows(ConsensusException.class, () -> c.createLocalPeer(unknown, List.of(stranger)));
    assertThrows(ConsensusException.class, () -> c.createLocalPeer(unknown, List.of()));
    assertThrows(
        GroupNotFoundException.class, () -> c.write(unknown, KvStateMachine.bytes("incr n")));
    assertThrows(
        GroupNotFoundException.class, () -> c.read(unknown, KvStateMachine.bytes("get n")));
    assertThrows(GroupNotFoundException.class, () -> c.deleteLocalPeer(unknown));
    assertThrows(GroupNotFoundException.class, () -> c.triggerSnapshot(unknown));
    assertFalse(c.isLeader(unknown));
    assertTrue(c.leader(unknown).isEmpty());
    assertThrows(ConsensusException.class, c::start);

    ConsensusException failed =
        assertThrows(ConsensusException.class, () -> leader.write(GROUP, "fail"));
    assertTrue(failed.getMessage().contains(GROUP.toString()), failed.getMessage());
    // The group keeps working after its state machine failed a request.
    assertEquals("1", leader.write(GROUP, "incr n"));
  }
}
