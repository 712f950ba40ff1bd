package org.stratadb.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.Peer;
import org.stratadb.consensus.testing.TestCluster;
import org.stratadb.consensus.testing.TestNode;

class IoTConsensusTest extends ConsensusContract {

  @Override
  TestCluster.ConsensusMaker maker() {
    return (s, r) -> ConsensusFactory.create(ConsensusProtocolClass.IOT, s, r);
  }

  @Override
  int replicas() {
    return 1;
  }

  @Override
  boolean logsAndSnapshots() {
    return false;
  }

  @Test
  void saysReplicationIsNotAvailableYet() throws Exception {
    startCluster(NO_AUTO_SNAPSHOT);
    TestNode n = cluster.node(1);
    Peer other = new Peer(GROUP, 2, n.settings().endpoint());
    ConsensusException e =
        assertThrows(
            ConsensusException.class,
            () -> n.consensus().createLocalPeer(GROUP, List.of(n.peer(GROUP), other)));
    assertTrue(
        e.getMessage().contains("replication with IoTConsensus is not available yet"),
        e.getMessage());
    assertEquals(List.of(), n.consensus().groups());

    cluster.createGroup(GROUP, 1);
    ConsensusException add =
        assertThrows(ConsensusException.class, () -> n.consensus().addRemotePeer(GROUP, other));
    assertTrue(add.getMessage().contains("not available yet"), add.getMessage());
    assertEquals(List.of(n.peer(GROUP)), n.consensus().peers(GROUP));
  }
}
