package org.stratadb.consensus.simple;

import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.StateMachineRegistry;
import org.stratadb.consensus.internal.SingleReplicaConsensus;

/**
 * One replica per group, no replication: a write is applied at once on the caller's thread (one at
 * a time per group) and the local peer always leads. Selected by {@code
 * org.apache.iotdb.consensus.simple.SimpleConsensus} in configuration.
 */
public final class SimpleConsensus extends SingleReplicaConsensus {

  public SimpleConsensus(ConsensusSettings settings, StateMachineRegistry registry) {
    super(settings, registry);
  }

  @Override
  protected String protocolName() {
    return "SimpleConsensus";
  }

  @Override
  protected ConsensusException replicationUnsupported(ConsensusGroupId group) {
    return new ConsensusException(
        "SimpleConsensus keeps a single replica of " + group + "; it cannot have other peers");
  }
}
