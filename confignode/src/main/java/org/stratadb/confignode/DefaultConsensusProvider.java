package org.stratadb.confignode;

import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.confignode.consensus.ConsensusProvider;
import org.stratadb.consensus.ConsensusFactory;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.StateMachineRegistry;

/** The consensus of config_node_consensus_protocol_class, through the consensus module. */
final class DefaultConsensusProvider {
  static final ConsensusProvider INSTANCE = DefaultConsensusProvider::create;

  private DefaultConsensusProvider() {}

  private static IConsensus create(
      ConsensusProtocolClass protocol, ConsensusSettings settings, StateMachineRegistry registry)
      throws ConsensusException {
    return ConsensusFactory.create(protocol, settings, registry);
  }
}
