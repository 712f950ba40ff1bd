package org.stratadb.consensus;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.testing.TestCluster;
import org.stratadb.consensus.testing.TestNode;
import org.stratadb.consensus.testing.ThreadLeaks;

/** Every thread a consensus instance starts ends when it closes. Runs alone: it counts threads. */
@Isolated
class ThreadLeakTest {
  private static final ConsensusGroupId GROUP =
      new ConsensusGroupId(ConsensusGroupId.Type.SCHEMA_REGION, 3);

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} with {1} peer(s)")
  @CsvSource({"SIMPLE, 1", "IOT, 1", "RATIS, 1", "RATIS, 3"})
  void closeLeavesNoThreadsBehind(ConsensusProtocolClass protocol, int peers) throws Exception {
    Set<Thread> before = ThreadLeaks.snapshot();
    try (TestCluster cluster =
        new TestCluster(
            tmp,
            peers,
            (s, r) -> ConsensusFactory.create(protocol, s, r, RatisTestTuning.FAST),
            protocol != ConsensusProtocolClass.RATIS,
            1_000_000)) {
      cluster.startAll();
      cluster.createGroup(GROUP, IntStream.rangeClosed(1, peers).toArray());
      int leader = cluster.awaitLeader(GROUP);
      for (TestNode n : cluster.running()) {
        // On a follower the write is forwarded, which starts the Ratis client machinery too.
        n.write(GROUP, "incr n");
        n.consensus().triggerSnapshot(GROUP);
      }
      cluster.node(leader).read(GROUP, "get n");
      cluster.stopAll();
      for (int id : cluster.ids()) {
        assertThrows(IllegalStateException.class, () -> cluster.node(id).consensus());
      }
    }
    ThreadLeaks.assertNoNewThreads(before, Duration.ofSeconds(10));
  }
}
