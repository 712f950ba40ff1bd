package org.stratadb.consensus.ratis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;

/** The local replica of one group, as a request sees it. */
record GroupHandle(ConsensusGroupId group, RaftGroupId raftId, RaftServer.Division division) {

  RatisStateMachine stateMachine() {
    return (RatisStateMachine) division.getStateMachine();
  }

  RaftGroup raftGroup() {
    return division.getGroup();
  }

  /** The current membership, by node id. */
  List<Peer> peers() {
    List<Peer> peers = new ArrayList<>();
    for (RaftPeer p : division.getRaftConf().getCurrentPeers()) {
      peers.add(RatisIds.peer(group, p));
    }
    peers.sort(Comparator.comparingInt(Peer::nodeId));
    return peers;
  }

  Optional<Peer> leader() {
    RaftPeerId id = division.getInfo().getLeaderId();
    if (id == null) {
      return Optional.empty();
    }
    return peerOf(id);
  }

  Optional<Peer> peerOf(RaftPeerId id) {
    for (RaftPeer p : division.getRaftConf().getAllPeers()) {
      if (p.getId().equals(id)) {
        return Optional.of(RatisIds.peer(group, p));
      }
    }
    return Optional.empty();
  }

  boolean leads() {
    return division.getInfo().isLeader() && division.getInfo().isLeaderReady();
  }
}
