package org.stratadb.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.testing.KvRegistry;
import org.stratadb.consensus.testing.TestCluster;
import org.stratadb.consensus.testing.TestNode;

/** How a single Ratis node starts from damaged, partial or odd files, and other failures. */
class RatisRecoveryTest {
  private static final ConsensusGroupId GROUP =
      new ConsensusGroupId(ConsensusGroupId.Type.SCHEMA_REGION, 4);

  @TempDir Path tmp;
  private TestCluster cluster;

  private TestNode startNode() throws ConsensusException {
    cluster =
        new TestCluster(
            tmp,
            1,
            (s, r) ->
                ConsensusFactory.create(ConsensusProtocolClass.RATIS, s, r, RatisTestTuning.FAST),
            false,
            1_000_000);
    cluster.startAll();
    return cluster.node(1);
  }

  @AfterEach
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static TestNode withData(TestNode n) throws ConsensusException {
    n.consensus().createLocalPeer(GROUP, List.of(n.peer(GROUP)));
    org.stratadb.consensus.testing.Waits.await("a leader", () -> n.consensus().isLeader(GROUP));
    n.write(GROUP, "put a 1");
    return n;
  }

  private static Path ratisGroupDir(TestNode n) throws Exception {
    try (Stream<Path> s = Files.list(n.storageDir().resolve("ratis"))) {
      return s.filter(Files::isDirectory).findFirst().orElseThrow();
    }
  }

  @Test
  void aDamagedSnapshotFailsTheStartInsteadOfLosingData() throws Exception {
    TestNode n = withData(startNode());
    n.consensus().triggerSnapshot(GROUP);
    n.stop();
    Path kv;
    try (Stream<Path> s = Files.walk(ratisGroupDir(n).resolve("sm"))) {
      kv = s.filter(p -> p.getFileName().toString().equals("kv.txt")).findFirst().orElseThrow();
    }
    Files.write(kv, new byte[0]);

    ConsensusException e = assertThrows(ConsensusException.class, n::start);
    assertTrue(e.getMessage().contains("is damaged: kv.txt is missing or cut"), e.getMessage());
    assertTrue(Files.isDirectory(ratisGroupDir(n).resolve("current")), "the log is kept");
    assertTrue(
        Files.exists(n.storageDir().resolve(GROUP.displayName())),
        "the group's files stay for a person to look at");
  }

  @Test
  void aDamagedPeersFileFailsTheStart() throws Exception {
    TestNode n = withData(startNode());
    n.stop();
    Path peers = n.storageDir().resolve(GROUP.displayName()).resolve("peers");
    byte[] bytes = Files.readAllBytes(peers);
    bytes[6] ^= 0x40;
    Files.write(peers, bytes);

    ConsensusException e = assertThrows(ConsensusException.class, n::start);
    assertTrue(e.getMessage().contains("peers is damaged: checksum mismatch"), e.getMessage());
  }

  @Test
  void leftoversOfInterruptedCreatesAndDeletesAreResolved() throws Exception {
    TestNode n = withData(startNode());
    n.stop();
    // A delete cut short after the peers file went: the Ratis files are an orphan.
    Path orphan = ratisGroupDir(n);
    org.stratadb.consensus.internal.FileSupport.deleteRecursively(
        n.storageDir().resolve(GROUP.displayName()));
    // A create cut short before the peers file was written.
    ConsensusGroupId half = new ConsensusGroupId(ConsensusGroupId.Type.DATA_REGION, 9);
    Files.createDirectories(n.storageDir().resolve(half.displayName()));

    n.start();
    assertEquals(List.of(), n.consensus().groups());
    assertFalse(Files.exists(orphan));
    assertFalse(Files.exists(n.storageDir().resolve(half.displayName())));
  }

  @Test
  void aGroupWhoseRatisFilesAreMissingIsCreatedAgain() throws Exception {
    TestNode n = withData(startNode());
    n.stop();
    org.stratadb.consensus.internal.FileSupport.deleteRecursively(ratisGroupDir(n));

    n.start();
    assertEquals(List.of(GROUP), n.consensus().groups());
    org.stratadb.consensus.testing.Waits.await("a leader", () -> n.consensus().isLeader(GROUP));
    assertEquals("", n.read(GROUP, "get a"));
  }

  @Test
  void aDeclinedSnapshotIsReportedAndTheGroupGoesOn() throws Exception {
    TestNode n = withData(startNode());
    n.stateMachine(GROUP).declineSnapshots(true);
    ConsensusException e =
        assertThrows(ConsensusException.class, () -> n.consensus().triggerSnapshot(GROUP));
    assertTrue(e.getMessage().contains("declined"), e.getMessage());
    n.stateMachine(GROUP).declineSnapshots(false);
    n.write(GROUP, "put b 2");
    n.consensus().triggerSnapshot(GROUP);
    assertEquals(1, n.stateMachine(GROUP).snapshotsTaken());
  }

  @Test
  void aBusyPortFailsTheStartWithTheAddress() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      HostPort endpoint = new HostPort("127.0.0.1", busy.getLocalPort());
      ConsensusSettings settings =
          new ConsensusSettings(1, endpoint, tmp.resolve("busy"), 100, Duration.ofSeconds(5));
      IConsensus c =
          ConsensusFactory.create(
              ConsensusProtocolClass.RATIS, settings, new KvRegistry(null), RatisTestTuning.FAST);
      ConsensusException e = assertThrows(ConsensusException.class, c::start);
      assertTrue(e.getMessage().contains(endpoint.toString()), e.getMessage());
      c.close();
    }
  }
}
