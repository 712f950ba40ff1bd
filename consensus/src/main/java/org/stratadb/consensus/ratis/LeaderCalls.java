package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ratis.client.ClientFactory;
import org.apache.ratis.client.RaftClientRpc;
import org.apache.ratis.conf.Parameters;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.protocol.exceptions.AlreadyClosedException;
import org.apache.ratis.protocol.exceptions.GroupMismatchException;
import org.apache.ratis.protocol.exceptions.LeaderNotReadyException;
import org.apache.ratis.protocol.exceptions.LeaderSteppingDownException;
import org.apache.ratis.protocol.exceptions.NotLeaderException;
import org.apache.ratis.protocol.exceptions.RaftException;
import org.apache.ratis.protocol.exceptions.ReconfigurationInProgressException;
import org.apache.ratis.protocol.exceptions.ServerNotReadyException;
import org.apache.ratis.protocol.exceptions.StateMachineException;
import org.apache.ratis.rpc.SupportedRpcType;
import org.apache.ratis.server.RaftServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.GroupNotFoundException;
import org.stratadb.consensus.api.Peer;

/**
 * Sends a request to whichever peer leads a group: the local server when it leads, otherwise the
 * leader over one shared Ratis client RPC (channels per peer node, not per group). NotLeader
 * answers redirect; while no leader is known the call pauses and asks again, until the request
 * timeout.
 *
 * <p>Every attempt of one call carries the same client id and call id, as Ratis's own client does.
 * Every replica records applied entries under that id in its retry cache, so when a leader change
 * interrupts a write and the retry reaches a new leader that has already applied the earlier
 * attempt, it answers from the cache instead of applying the write again. (A retry that arrives
 * while the earlier entry is still uncommitted there can still be applied twice: writes are
 * at-least-once across leader changes, exactly once otherwise.)
 */
final class LeaderCalls implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaderCalls.class);
  private static final int REDIRECTS_WITHOUT_PAUSE = 3;

  /** One kind of request: how to build it for a target and send it there. */
  interface Call {
    RaftClientRequest request(RaftPeerId target, long callId);

    CompletableFuture<RaftClientReply> local(RaftClientRequest request) throws IOException;

    CompletableFuture<RaftClientReply> remote(RaftClientRpc rpc, RaftClientRequest request)
        throws IOException;
  }

  private final ConsensusSettings settings;
  private final RaftServer server;
  private final ClientId clientId = ClientId.randomId();
  private final AtomicLong callIds = new AtomicLong();
  private final RaftClientRpc rpc;

  LeaderCalls(ConsensusSettings settings, RaftServer server) {
    this.settings = settings;
    this.server = server;
    this.rpc =
        ClientFactory.cast(SupportedRpcType.GRPC.newFactory(new Parameters()))
            .newRaftClientRpc(clientId, RatisProperties.client(settings));
  }

  ClientId clientId() {
    return clientId;
  }

  long nextCallId() {
    return callIds.incrementAndGet();
  }

  long deadline() {
    return System.nanoTime() + settings.requestTimeout().toNanos();
  }

  long timeoutMs() {
    return settings.requestTimeout().toMillis();
  }

  boolean isLocal(RaftPeerId id) {
    return server.getId().equals(id);
  }

  /** Sends {@code call} to the leader and returns its successful reply. */
  RaftClientReply toLeader(GroupHandle g, String what, Call call, long deadline)
      throws ConsensusException {
    rpc.addRaftPeers(g.division().getRaftConf().getAllPeers());
    long callId = nextCallId();
    RaftPeerId target = likelyLeader(g);
    int redirects = 0;
    while (true) {
      boolean local = isLocal(target);
      RaftClientReply reply;
      Exception problem;
      try {
        RaftClientRequest request = call.request(target, callId);
        reply = await(g, what, local ? call.local(request) : call.remote(rpc, request), deadline);
        if (reply.isSuccess()) {
          return reply;
        }
        problem = reply.getException();
      } catch (IOException e) {
        if (local && e instanceof GroupMismatchException) {
          throw new GroupNotFoundException(g.group());
        }
        if (!local) {
          rpc.handleException(target, e, true);
        }
        problem = e;
      }
      if (problem instanceof NotLeaderException nle
          && nle.getSuggestedLeader() != null
          && !nle.getSuggestedLeader().getId().equals(target)
          && redirects++ < REDIRECTS_WITHOUT_PAUSE) {
        RaftPeer leader = nle.getSuggestedLeader();
        rpc.addRaftPeers(List.of(leader));
        target = leader.getId();
        continue;
      }
      if (problem instanceof RaftException re && !transient_(re, local)) {
        throw failure(g.group(), what, re);
      }
      pauseOrGiveUp(g, what, deadline, problem);
      redirects = 0;
      target = likelyLeader(g);
    }
  }

  /** This replica's view of the leader; itself if it has none, so the local server answers. */
  private RaftPeerId likelyLeader(GroupHandle g) {
    RaftPeerId leader = g.division().getInfo().getLeaderId();
    return leader == null ? server.getId() : leader;
  }

  private RaftClientReply await(
      GroupHandle g, String what, CompletableFuture<RaftClientReply> reply, long deadline)
      throws ConsensusException, IOException {
    try {
      return reply.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ConsensusException(
          what + " of " + g.group() + " timed out after " + timeoutMs() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new ConsensusException(what + " of " + g.group() + " failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsensusException("interrupted during a " + what + " of " + g.group(), e);
    }
  }

  /**
   * Failures that a later attempt, perhaps at another peer, may not meet. A remote peer that is
   * stopping, starting or no longer in the group is only a wrong guess of the leader.
   */
  private static boolean transient_(RaftException e, boolean local) {
    if (e instanceof NotLeaderException
        || e instanceof LeaderNotReadyException
        || e instanceof LeaderSteppingDownException
        || e instanceof ReconfigurationInProgressException) {
      return true;
    }
    return !local
        && (e instanceof AlreadyClosedException
            || e instanceof ServerNotReadyException
            || e instanceof GroupMismatchException);
  }

  private void pauseOrGiveUp(GroupHandle g, String what, long deadline, Exception cause)
      throws ConsensusException {
    if (System.nanoTime() + RatisProperties.RETRY_PAUSE.toNanos() > deadline) {
      if (cause instanceof NotLeaderException nle) {
        throw notLeader(g.group(), nle.getSuggestedLeader());
      }
      throw new ConsensusException(
          what + " of " + g.group() + " timed out after " + timeoutMs() + " ms: " + cause, cause);
    }
    LOG.debug("{} of {} waits for a leader: {}", what, g.group(), cause.toString());
    try {
      Thread.sleep(RatisProperties.RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsensusException("interrupted during a " + what + " of " + g.group(), e);
    }
  }

  static ConsensusException failure(ConsensusGroupId group, String what, RaftException e) {
    if (e instanceof StateMachineException) {
      return new ConsensusException(
          "the state machine of " + group + " failed a " + what + ": " + e.getMessage(), e);
    }
    if (e instanceof NotLeaderException nle) {
      return notLeader(group, nle.getSuggestedLeader());
    }
    String reason = e == null ? "unknown reason" : e.getMessage();
    return new ConsensusException(what + " of " + group + " failed: " + reason, e);
  }

  /** Our NotLeaderException, naming the leader if Ratis suggested one of our peers. */
  static org.stratadb.consensus.api.NotLeaderException notLeader(
      ConsensusGroupId group, RaftPeer suggested) {
    Peer leader = null;
    if (suggested != null) {
      try {
        leader = RatisIds.peer(group, suggested);
      } catch (IllegalArgumentException e) {
        leader = null;
      }
    }
    return new org.stratadb.consensus.api.NotLeaderException(group, leader);
  }

  @Override
  public void close() throws IOException {
    rpc.close();
  }
}
