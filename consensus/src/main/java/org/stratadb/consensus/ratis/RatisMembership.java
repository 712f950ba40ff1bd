package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.SetConfigurationRequest;
import org.apache.ratis.server.RaftServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.Peer;

/**
 * Membership and leadership changes. They go through the group's Ratis client, which finds the
 * leader, so they may be called on any member; Ratis brings a new peer up to date (log or snapshot)
 * before the new membership is committed.
 */
final class RatisMembership {
  private static final Logger LOG = LoggerFactory.getLogger(RatisMembership.class);
  private static final long POLL_MS = 20;

  private final ConsensusSettings settings;
  private final RaftServer server;
  private final GroupClients clients;
  private final RatisRequests requests;

  RatisMembership(
      ConsensusSettings settings, RaftServer server, GroupClients clients, RatisRequests requests) {
    this.settings = settings;
    this.server = server;
    this.clients = clients;
    this.requests = requests;
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
    SetConfigurationRequest.Arguments args =
        SetConfigurationRequest.Arguments.newBuilder()
            .setServersInNewConf(List.of(RatisIds.raftPeer(peer)))
            .setMode(SetConfigurationRequest.Mode.ADD)
            .build();
    setConfiguration(g, args, "add node " + peer.nodeId() + " to");
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
    SetConfigurationRequest.Arguments args =
        SetConfigurationRequest.Arguments.newBuilder().setServersInNewConf(next).build();
    setConfiguration(g, args, "remove node " + peer.nodeId() + " from");
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
    long deadline = requests.deadline();
    RaftClientReply reply;
    try {
      reply =
          client(g)
              .admin()
              .transferLeadership(RatisIds.peerId(target.nodeId()), requests.timeoutMs());
    } catch (IOException e) {
      throw new ConsensusException(
          "cannot move the leadership of "
              + g.group()
              + " to node "
              + target.nodeId()
              + ": "
              + e.getMessage(),
          e);
    }
    if (!reply.isSuccess()) {
      throw RatisRequests.failure(g.group(), "leader transfer", reply.getException());
    }
    // The transfer is done on the old leader; wait until this replica has heard of it too.
    while (!isLeader(g, target)) {
      if (System.nanoTime() > deadline) {
        throw new ConsensusException(
            "the leadership of "
                + g.group()
                + " did not reach node "
                + target.nodeId()
                + " within "
                + settings.requestTimeout().toMillis()
                + " ms");
      }
      sleep();
    }
    LOG.info("Moved the leadership of {} to node {}", g.group(), target.nodeId());
  }

  private static boolean isLeader(GroupHandle g, Peer target) {
    return g.leader().map(p -> p.nodeId() == target.nodeId()).orElse(false);
  }

  private void setConfiguration(GroupHandle g, SetConfigurationRequest.Arguments args, String what)
      throws ConsensusException {
    RaftClientReply reply;
    try {
      reply = client(g).admin().setConfiguration(args);
    } catch (IOException e) {
      throw new ConsensusException("cannot " + what + " " + g.group() + ": " + e.getMessage(), e);
    } finally {
      // The client was made for the old membership.
      clients.invalidate(g.raftId());
    }
    if (!reply.isSuccess()) {
      throw RatisRequests.failure(g.group(), "membership change", reply.getException());
    }
  }

  private RaftClient client(GroupHandle g) {
    return clients.get(g.raftId(), g::raftGroup);
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
