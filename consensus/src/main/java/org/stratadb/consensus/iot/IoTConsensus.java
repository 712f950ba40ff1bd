package org.stratadb.consensus.iot;

import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.StateMachineRegistry;
import org.stratadb.consensus.internal.SingleReplicaConsensus;

/**
 * IoTConsensus as far as it exists today: groups of exactly one peer, with the semantics of
 * SimpleConsensus. Leader-based asynchronous replication comes later; until then every request that
 * needs a second replica fails with a {@link ConsensusException} that says so, rather than
 * pretending to replicate.
 */
public final class IoTConsensus extends SingleReplicaConsensus {

  public IoTConsensus(ConsensusSettings settings, StateMachineRegistry registry) {
    super(settings, registry);
  }

  @Override
  protected String protocolName() {
    return "IoTConsensus";
  }

  @Override
  protected ConsensusException replicationUnsupported(ConsensusGroupId group) {
    return new ConsensusException(
        "replication with IoTConsensus is not available yet: "
            + group
            + " can only have a single peer");
  }
}
