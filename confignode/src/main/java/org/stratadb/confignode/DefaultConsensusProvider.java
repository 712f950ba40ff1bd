package org.stratadb.confignode;

import org.stratadb.confignode.consensus.ConsensusProvider;
import org.stratadb.consensus.ConsensusFactory;

/**
 * The consensus named by config_node_consensus_protocol_class (RatisConsensus by default), built by
 * the consensus module's factory.
 */
final class DefaultConsensusProvider {
  static final ConsensusProvider INSTANCE = ConsensusFactory::create;

  private DefaultConsensusProvider() {}
}
