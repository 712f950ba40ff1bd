package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.ratis.client.RaftClientRpc;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.protocol.SetConfigurationRequest;
import org.apache.ratis.protocol.TransferLeadershipRequest;
import org.apache.ratis.server.RaftServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.Peer;

/**
 * Membership and leadership changes. They go to the leader through {@link LeaderCalls}, so any
 * member may ask; Ratis brings a new peer up to date (log or snapshot) before it commits the new
 * membership.
 */
final class RatisMembership {
  private static final Logger LOG = LoggerFactory.getLogger(RatisMembership.class);
  private static final long POLL_MS = 20;

  private final RaftServer server;
  private final LeaderCalls calls;

  RatisMembership(RaftServer server, LeaderCalls calls) {
    this.server = server;
    this.calls = calls;
  }

  void add(GroupHandle g, Peer peer) throws ConsensusException {
    checkGroup(g, peer);
    Optional<Peer> existing =
        g.peers().stream().filter(p -> p.nodeId() == peer.nodeId()).findFirst();
    if (existing.isPresent()) {
      if (existing.get().equals(peer)) {
        return;
      }
      throw new ConsensusException(
          "node " + peer.nodeId() + " is already a peer of " + g.group() + " as " + existing.get());
    }
    setConfiguration(
        g,
        SetConfigurationRequest.Arguments.newBuilder()
            .setServersInNewConf(List.of(RatisIds.raftPeer(peer)))
            .setMode(SetConfigurationRequest.Mode.ADD)
            .build());
    LOG.info("Added node {} to {}", peer.nodeId(), g.group());
  }

  void remove(GroupHandle g, Peer peer) throws ConsensusException {
    checkGroup(g, peer);
    List<Peer> current = g.peers();
    if (current.stream().noneMatch(p -> p.nodeId() == peer.nodeId())) {
      LOG.info("Node {} is no peer of {}; nothing to remove", peer.nodeId(), g.group());
      return;
    }
    List<RaftPeer> next =
        current.stream().filter(p -> p.nodeId() != peer.nodeId()).map(RatisIds::raftPeer).toList();
    if (next.isEmpty()) {
      throw new ConsensusException("cannot remove the last peer of " + g.group());
    }
    setConfiguration(
        g, SetConfigurationRequest.Arguments.newBuilder().setServersInNewConf(next).build());
    LOG.info("Removed node {} from {}", peer.nodeId(), g.group());
  }

  void transferLeader(GroupHandle g, Peer target) throws ConsensusException {
    checkGroup(g, target);
    if (g.peers().stream().noneMatch(p -> p.nodeId() == target.nodeId())) {
      throw new ConsensusException("node " + target.nodeId() + " is no peer of " + g.group());
    }
    if (isLeader(g, target)) {
      return;
    }
    long deadline = calls.deadline();
    RaftPeerId newLeader = RatisIds.peerId(target.nodeId());
    calls.toLeader(
        g,
        "leader transfer",
        new AdminCall() {
          @Override
          public RaftClientRequest request(RaftPeerId to, long callId) {
            return new TransferLeadershipRequest(
                calls.clientId(), to, g.raftId(), callId, newLeader, calls.timeoutMs());
          }

          @Override
          public CompletableFuture<RaftClientReply> local(RaftClientRequest request)
              throws IOException {
            return server.transferLeadershipAsync((TransferLeadershipRequest) request);
          }
        },
        deadline);
    // The old leader has seen the move; wait until this replica has heard of it too.
    while (!isLeader(g, target)) {
      if (System.nanoTime() > deadline) {
        throw new ConsensusException(
            "the leadership of "
                + g.group()
                + " did not reach node "
                + target.nodeId()
                + " within "
                + calls.timeoutMs()
                + " ms");
      }
      sleep();
    }
    LOG.info("Moved the leadership of {} to node {}", g.group(), target.nodeId());
  }

  private void setConfiguration(GroupHandle g, SetConfigurationRequest.Arguments args)
      throws ConsensusException {
    calls.toLeader(
        g,
        "membership change",
        new AdminCall() {
          @Override
          public RaftClientRequest request(RaftPeerId to, long callId) {
            return new SetConfigurationRequest(calls.clientId(), to, g.raftId(), callId, args);
          }

          @Override
          public CompletableFuture<RaftClientReply> local(RaftClientRequest request)
              throws IOException {
            return server.setConfigurationAsync((SetConfigurationRequest) request);
          }
        },
        calls.deadline());
  }

  /** An admin request: sent to a remote leader with a blocking RPC, bounded by its deadline. */
  private abstract static class AdminCall implements LeaderCalls.Call {
    @Override
    public CompletableFuture<RaftClientReply> remote(RaftClientRpc rpc, RaftClientRequest request)
        throws IOException {
      return CompletableFuture.completedFuture(rpc.sendRequest(request));
    }
  }

  private static boolean isLeader(GroupHandle g, Peer target) {
    return g.leader().map(p -> p.nodeId() == target.nodeId()).orElse(false);
  }

  private static void checkGroup(GroupHandle g, Peer peer) throws ConsensusException {
    if (!peer.group().equals(g.group())) {
      throw new ConsensusException("peer " + peer + " does not belong to " + g.group());
    }
  }

  private static void sleep() throws ConsensusException {
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsensusException("interrupted", e);
    }
  }
}
