package org.stratadb.confignode.consensus;

import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.StateMachineRegistry;

/** Builds the consensus instance of the ConfigNode group; a seam for tests. */
@FunctionalInterface
public interface ConsensusProvider {
  /**
   * @param protocol config_node_consensus_protocol_class
   */
  IConsensus create(
      ConsensusProtocolClass protocol, ConsensusSettings settings, StateMachineRegistry registry)
      throws ConsensusException;
}
