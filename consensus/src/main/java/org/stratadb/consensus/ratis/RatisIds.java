package org.stratadb.consensus.ratis;

import java.util.Optional;
import java.util.UUID;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;
import org.stratadb.consensus.internal.GroupTypeCodes;

/**
 * Maps our ids to Ratis ids and back, deterministically, so that every node derives the same Ratis
 * group id and a directory name under the Ratis storage tells which group it is.
 *
 * <p>A Ratis group id is a UUID whose high 48 bits spell "STRATA", the next 16 hold the group type
 * code and the low 64 the group id: {@code DataRegion-3} is {@code
 * 53545241-5441-0002-0000-000000000003}. A peer id is the node id in decimal.
 */
final class RatisIds {
  private static final long MAGIC = 0x535452415441L; // "STRATA"

  private RatisIds() {}

  static RaftGroupId groupId(ConsensusGroupId group) {
    long msb = (MAGIC << 16) | GroupTypeCodes.code(group.type());
    return RaftGroupId.valueOf(new UUID(msb, group.id()));
  }

  /** The group a Ratis group id stands for, if it is one of ours. */
  static Optional<ConsensusGroupId> group(UUID uuid) {
    long msb = uuid.getMostSignificantBits();
    long lsb = uuid.getLeastSignificantBits();
    if ((msb >>> 16) != MAGIC || lsb < 0 || lsb > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ConsensusGroupId(GroupTypeCodes.type((int) (msb & 0xFFFF)), (int) lsb));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<ConsensusGroupId> group(RaftGroupId id) {
    return group(id.getUuid());
  }

  static RaftPeerId peerId(int nodeId) {
    return RaftPeerId.valueOf(Integer.toString(nodeId));
  }

  static RaftPeer raftPeer(Peer peer) {
    return RaftPeer.newBuilder()
        .setId(peerId(peer.nodeId()))
        .setAddress(peer.endpoint().toString())
        .build();
  }

  /**
   * @throws IllegalArgumentException if the Ratis peer was not made by {@link #raftPeer}
   */
  static Peer peer(ConsensusGroupId group, RaftPeer peer) {
    return new Peer(group, nodeId(peer.getId()), HostPort.parse(peer.getAddress()));
  }

  static int nodeId(RaftPeerId id) {
    try {
      return Integer.parseInt(id.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Ratis peer id " + id + " is not a node id", e);
    }
  }
}
