package org.stratadb.consensus;

import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.consensus.testing.TestCluster;

class RatisThreePeerTest extends ConsensusContract {

  @Override
  TestCluster.ConsensusMaker maker() {
    return (s, r) ->
        ConsensusFactory.create(ConsensusProtocolClass.RATIS, s, r, RatisTestTuning.FAST);
  }

  @Override
  int replicas() {
    return 3;
  }

  @Override
  boolean logsAndSnapshots() {
    return true;
  }
}
