package org.stratadb.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;
import org.stratadb.consensus.internal.GroupDirectories;
import org.stratadb.consensus.internal.PeerListFile;
import org.stratadb.consensus.testing.KvStateMachine;
import org.stratadb.consensus.testing.TestCluster;
import org.stratadb.consensus.testing.TestNode;
import org.stratadb.consensus.testing.Waits;

/** What only a replicated group does: fail over, forward, change membership, move leadership. */
class RatisReplicationTest {
  private static final ConsensusGroupId GROUP =
      new ConsensusGroupId(ConsensusGroupId.Type.CONFIG_REGION, 0);

  @TempDir Path tmp;
  private TestCluster cluster;

  private TestCluster start(int nodes) throws ConsensusException {
    cluster =
        new TestCluster(
            tmp,
            nodes,
            (s, r) ->
                ConsensusFactory.create(ConsensusProtocolClass.RATIS, s, r, RatisTestTuning.FAST),
            false,
            1_000_000);
    cluster.startAll();
    return cluster;
  }

  @AfterEach
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private TestNode follower(int leader) {
    return cluster.node(leader % 3 + 1);
  }

  @Test
  void anotherPeerTakesOverWhenTheLeaderStops() throws Exception {
    start(3);
    cluster.createGroup(GROUP, 1, 2, 3);
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));
    for (int i = 0; i < 10; i++) {
      leader.write(GROUP, "incr n");
    }

    leader.stop();
    int[] others =
        cluster.ids().stream().filter(id -> id != leader.id()).mapToInt(i -> i).toArray();
    TestNode next = cluster.node(cluster.awaitLeader(GROUP, others));
    assertNotEquals(leader.id(), next.id());
    assertEquals("11", next.write(GROUP, "incr n"));
    assertEquals("11", next.read(GROUP, "get n"));
    Waits.await(
        "the new leader's state machine to hear it leads",
        () -> next.stateMachine(GROUP).leadershipChanges().contains(true));

    leader.start();
    Waits.await("the old leader to catch up", () -> "11".equals(leader.readOrNull(GROUP, "get n")));
    assertFalse(leader.consensus().isLeader(GROUP));
    assertEquals("12", leader.write(GROUP, "incr n"));
  }

  @Test
  void aFollowerForwardsWritesAndSeesThemAtOnce() throws Exception {
    start(3);
    cluster.createGroup(GROUP, 1, 2, 3);
    int leaderId = cluster.awaitLeader(GROUP);
    TestNode follower = follower(leaderId);
    Waits.await(
        "the follower to know the leader", () -> follower.consensus().leader(GROUP).isPresent());

    assertEquals("1", follower.write(GROUP, "incr n"));
    assertEquals("1", follower.read(GROUP, "get n"), "a follower reads its own forwarded write");
    assertEquals("", follower.write(GROUP, "put a b"));
    assertEquals("b", cluster.node(leaderId).read(GROUP, "get a"));
    assertEquals(leaderId, follower.consensus().leader(GROUP).orElseThrow().nodeId());
    assertFalse(follower.consensus().isLeader(GROUP));

    ConsensusException e =
        assertThrows(ConsensusException.class, () -> follower.write(GROUP, "fail"));
    assertTrue(e.getMessage().contains("asked to fail"), e.getMessage());
  }

  @Test
  void aJoiningPeerCatchesUpThroughASnapshot() throws Exception {
    start(4);
    cluster.createGroup(GROUP, 1, 2, 3);
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));
    for (int i = 0; i < 60; i++) {
      leader.write(GROUP, "put key" + i + " value" + i);
    }
    for (int id = 1; id <= 3; id++) {
      TestNode n = cluster.node(id);
      Waits.await(
          "node " + id + " to apply 60 writes", () -> "60".equals(n.readOrNull(GROUP, "size")));
      n.consensus().triggerSnapshot(GROUP);
    }
    for (int i = 60; i < 65; i++) {
      leader.write(GROUP, "put key" + i + " value" + i);
    }

    TestNode joiner = cluster.node(4);
    List<Peer> target = cluster.peers(GROUP, 1, 2, 3, 4);
    joiner.consensus().createLocalPeer(GROUP, target);
    assertFalse(joiner.consensus().isLeader(GROUP));
    leader.consensus().addRemotePeer(GROUP, joiner.peer(GROUP));

    Waits.await("the new peer to catch up", () -> "65".equals(joiner.readOrNull(GROUP, "size")));
    KvStateMachine sm = joiner.stateMachine(GROUP);
    assertEquals(1, sm.snapshotsLoaded(), "the log was purged, so the joiner needs the snapshot");
    assertEquals(5, sm.applied(), "only the entries after the snapshot come from the log");
    assertEquals(target, leader.consensus().peers(GROUP));
    Waits.await(
        "the joiner's peers file to list four peers", () -> peersOnDisk(joiner).size() == 4);

    assertEquals("", joiner.write(GROUP, "put late 1"));
    Waits.await(
        "the leader to see the joiner's write",
        () -> "1".equals(leader.readOrNull(GROUP, "get late")));

    joiner.stop();
    joiner.start();
    assertEquals(List.of(GROUP), joiner.consensus().groups());
    Waits.await(
        "the restarted joiner to recover", () -> "66".equals(joiner.readOrNull(GROUP, "size")));
  }

  @Test
  void aRemovedPeerLeavesTheGroup() throws Exception {
    start(3);
    cluster.createGroup(GROUP, 1, 2, 3);
    int leaderId = cluster.awaitLeader(GROUP);
    TestNode leader = cluster.node(leaderId);
    TestNode removed = follower(leaderId);
    TestNode other = cluster.node(6 - leaderId - removed.id());
    leader.write(GROUP, "incr n");

    // Called on a member that does not lead: the change is forwarded.
    other.consensus().removeRemotePeer(GROUP, removed.peer(GROUP));
    List<Peer> remaining =
        cluster.peers(GROUP, Math.min(leaderId, other.id()), Math.max(leaderId, other.id()));
    Waits.await("the leader to drop the peer", () -> peersOf(leader).equals(remaining));
    Waits.await("the leader's peers file to follow", () -> peersOnDisk(leader).size() == 2);
    assertEquals("2", leader.write(GROUP, "incr n"));
    Waits.await("the other member to apply", () -> "2".equals(other.readOrNull(GROUP, "get n")));

    removed.consensus().deleteLocalPeer(GROUP);
    assertEquals(List.of(), removed.consensus().groups());
    // Removing it again is a no-op.
    leader.consensus().removeRemotePeer(GROUP, removed.peer(GROUP));
    assertEquals("3", other.write(GROUP, "incr n"));
  }

  @Test
  void leadershipMovesOnRequestAndStateMachinesAreTold() throws Exception {
    start(3);
    cluster.createGroup(GROUP, 1, 2, 3);
    TestNode leader = cluster.node(cluster.awaitLeader(GROUP));
    TestNode target = follower(leader.id());
    leader.write(GROUP, "incr n");

    leader.consensus().transferLeader(GROUP, target.peer(GROUP));
    assertEquals(target.id(), cluster.awaitLeader(GROUP));
    assertEquals("2", target.write(GROUP, "incr n"));
    Waits.await(
        "the old leader's state machine to hear it lost the lead",
        () -> leader.stateMachine(GROUP).leadershipChanges().equals(List.of(true, false)));
    Waits.await(
        "the new leader's state machine to hear it leads",
        () -> target.stateMachine(GROUP).leadershipChanges().equals(List.of(true)));
  }

  private static List<Peer> peersOf(TestNode n) {
    try {
      return n.consensus().peers(GROUP);
    } catch (ConsensusException e) {
      return List.of();
    }
  }

  private static List<Peer> peersOnDisk(TestNode n) {
    try {
      return PeerListFile.read(GroupDirectories.dirOf(n.storageDir(), GROUP)).peers();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }
}
