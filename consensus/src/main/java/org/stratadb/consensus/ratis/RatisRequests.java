package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.exceptions.LeaderNotReadyException;
import org.apache.ratis.protocol.exceptions.LeaderSteppingDownException;
import org.apache.ratis.protocol.exceptions.NotLeaderException;
import org.apache.ratis.protocol.exceptions.RaftException;
import org.apache.ratis.protocol.exceptions.ReadException;
import org.apache.ratis.protocol.exceptions.ReadIndexException;
import org.apache.ratis.protocol.exceptions.StateMachineException;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.Peer;

/**
 * Writes and reads of one node: submitted to the local Ratis server first, forwarded through the
 * group's client when another peer leads. Every call is bounded by the request timeout.
 */
final class RatisRequests {
  private static final Logger LOG = LoggerFactory.getLogger(RatisRequests.class);

  private final ConsensusSettings settings;
  private final RaftServer server;
  private final GroupClients clients;
  private final ClientId clientId = ClientId.randomId();
  private final AtomicLong callIds = new AtomicLong();

  RatisRequests(ConsensusSettings settings, RaftServer server, GroupClients clients) {
    this.settings = settings;
    this.server = server;
    this.clients = clients;
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

  /**
   * Replicates a write. On the leader it goes straight into the local server; on a follower it is
   * forwarded to the leader and the call then waits for the local replica to apply it. While no
   * leader is known the local server is asked again after a short pause.
   */
  ByteBuffer write(GroupHandle g, ByteBuffer request) throws ConsensusException {
    long deadline = deadline();
    Message message = Message.valueOf(ByteString.copyFrom(request.duplicate()));
    long callId = nextCallId();
    while (true) {
      RaftClientReply reply =
          await(
              g,
              submit(request(g, message, callId, RaftClientRequest.writeRequestType())),
              deadline,
              "write");
      if (reply.isSuccess()) {
        return toBuffer(reply.getMessage());
      }
      RaftException e = reply.getException();
      NotLeaderException nle = reply.getNotLeaderException();
      if (nle != null && knownOther(nle.getSuggestedLeader())) {
        return forward(g, message, deadline);
      }
      if (nle == null && !retriable(e)) {
        throw failure(g.group(), "write", e);
      }
      pauseOrGiveUp(g, deadline, e);
    }
  }

  private ByteBuffer forward(GroupHandle g, Message message, long deadline)
      throws ConsensusException {
    RaftClient client = clients.get(g.raftId(), g::raftGroup);
    RaftClientReply reply;
    try {
      reply = client.io().send(message);
    } catch (RaftException e) {
      throw failure(g.group(), "write", e);
    } catch (IOException e) {
      throw new ConsensusException(
          "forwarding a write of " + g.group() + " to its leader failed: " + e.getMessage(), e);
    }
    if (!reply.isSuccess()) {
      throw failure(g.group(), "write", reply.getException());
    }
    try {
      if (!g.stateMachine().awaitApplied(reply.getLogIndex(), deadline)) {
        LOG.debug(
            "{}: write {} committed but not yet applied here", g.group(), reply.getLogIndex());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsensusException("interrupted while waiting for a write of " + g.group(), e);
    }
    return toBuffer(reply.getMessage());
  }

  /**
   * Reads through the leader's read index (linearizable) when this replica leads; otherwise, or if
   * leadership moved meanwhile, from the local replica.
   */
  ByteBuffer read(GroupHandle g, ByteBuffer query) throws ConsensusException {
    if (g.division().getInfo().isLeader()) {
      Message message = Message.valueOf(ByteString.copyFrom(query.duplicate()));
      RaftClientReply reply =
          await(
              g,
              submit(request(g, message, nextCallId(), RaftClientRequest.readRequestType())),
              deadline(),
              "read");
      if (reply.isSuccess()) {
        return toBuffer(reply.getMessage());
      }
      RaftException e = reply.getException();
      if (reply.getStateMachineException() != null || !leadershipMoved(e)) {
        throw failure(g.group(), "read", e);
      }
    }
    try {
      return g.stateMachine().readLocal(query);
    } catch (RuntimeException e) {
      throw new ConsensusException("the state machine of " + g.group() + " failed a read", e);
    }
  }

  RaftClientReply await(
      GroupHandle g, CompletableFuture<RaftClientReply> reply, long deadline, String what)
      throws ConsensusException {
    try {
      return reply.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ConsensusException(
          what
              + " of "
              + g.group()
              + " timed out after "
              + settings.requestTimeout().toMillis()
              + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ConsensusException(
          what + " of " + g.group() + " failed: " + cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsensusException("interrupted during a " + what + " of " + g.group(), e);
    }
  }

  private CompletableFuture<RaftClientReply> submit(RaftClientRequest request) {
    try {
      return server.submitClientRequestAsync(request);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private RaftClientRequest request(
      GroupHandle g, Message message, long callId, RaftClientRequest.Type type) {
    return RaftClientRequest.newBuilder()
        .setClientId(clientId)
        .setServerId(server.getId())
        .setGroupId(g.raftId())
        .setCallId(callId)
        .setMessage(message)
        .setType(type)
        .setTimeoutMs(timeoutMs())
        .build();
  }

  private boolean knownOther(RaftPeer leader) {
    return leader != null && !leader.getId().equals(server.getId());
  }

  private void pauseOrGiveUp(GroupHandle g, long deadline, RaftException cause)
      throws ConsensusException {
    if (System.nanoTime() + RatisProperties.RETRY_PAUSE.toNanos() > deadline) {
      if (cause instanceof NotLeaderException nle) {
        throw notLeader(g.group(), nle.getSuggestedLeader());
      }
      throw new ConsensusException(
          "write of "
              + g.group()
              + " timed out after "
              + timeoutMs()
              + " ms: "
              + cause.getMessage(),
          cause);
    }
    try {
      Thread.sleep(RatisProperties.RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsensusException("interrupted during a write of " + g.group(), e);
    }
  }

  /** Failures that a later attempt on the same peer may not meet. */
  private static boolean retriable(RaftException e) {
    return e instanceof LeaderNotReadyException || e instanceof LeaderSteppingDownException;
  }

  private static boolean leadershipMoved(RaftException e) {
    return e instanceof NotLeaderException
        || e instanceof LeaderNotReadyException
        || e instanceof LeaderSteppingDownException
        || e instanceof ReadIndexException
        || e instanceof ReadException;
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

  static ByteBuffer toBuffer(Message message) {
    if (message == null) {
      return ByteBuffer.allocate(0);
    }
    return ByteBuffer.wrap(message.getContent().toByteArray());
  }
}
