package org.stratadb.consensus;

import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.consensus.testing.TestCluster;

class RatisSinglePeerTest extends ConsensusContract {

  @Override
  TestCluster.ConsensusMaker maker() {
    return (s, r) ->
        ConsensusFactory.create(ConsensusProtocolClass.RATIS, s, r, RatisTestTuning.FAST);
  }

  @Override
  int replicas() {
    return 1;
  }

  @Override
  boolean logsAndSnapshots() {
    return true;
  }
}
