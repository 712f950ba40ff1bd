package org.stratadb.consensus.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;

/** Argument checks shared by the implementations. */
public final class PeerChecks {
  private PeerChecks() {}

  /**
   * Checks that {@code peers} is a membership of {@code group} that includes {@code localNodeId}.
   */
  public static void checkMembership(ConsensusGroupId group, List<Peer> peers, int localNodeId)
      throws ConsensusException {
    if (peers == null || peers.isEmpty()) {
      throw new ConsensusException("cannot create " + group + " without peers");
    }
    Set<Integer> nodes = new HashSet<>();
    boolean local = false;
    for (Peer p : peers) {
      if (!p.group().equals(group)) {
        throw new ConsensusException("peer " + p + " does not belong to " + group);
      }
      if (!nodes.add(p.nodeId())) {
        throw new ConsensusException("node " + p.nodeId() + " appears twice in " + group);
      }
      local |= p.nodeId() == localNodeId;
    }
    if (!local) {
      throw new ConsensusException(
          "node " + localNodeId + " is not among the peers " + peers + " of " + group);
    }
  }
}
