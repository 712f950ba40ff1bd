package org.stratadb.consensus.api;

import java.util.Optional;

/** This node cannot accept writes for a group; the leader, if known, is attached. */
public class NotLeaderException extends ConsensusException {
  private static final long serialVersionUID = 1L;

  private final transient Peer leader;

  public NotLeaderException(ConsensusGroupId group, Peer leader) {
    super(
        "this node does not lead "
            + group
            + (leader == null
                ? "; no leader is known"
                : "; the leader is node " + leader.nodeId()));
    this.leader = leader;
  }

  public Optional<Peer> leader() {
    return Optional.ofNullable(leader);
  }
}
