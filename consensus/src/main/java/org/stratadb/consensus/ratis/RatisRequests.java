package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.ratis.client.RaftClientRpc;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.protocol.SnapshotManagementRequest;
import org.apache.ratis.protocol.exceptions.GroupMismatchException;
import org.apache.ratis.protocol.exceptions.LeaderNotReadyException;
import org.apache.ratis.protocol.exceptions.LeaderSteppingDownException;
import org.apache.ratis.protocol.exceptions.NotLeaderException;
import org.apache.ratis.protocol.exceptions.RaftException;
import org.apache.ratis.protocol.exceptions.ReadException;
import org.apache.ratis.protocol.exceptions.ReadIndexException;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.GroupNotFoundException;

/**
 * Writes and reads of one node. A write goes to the leader (the local server or, forwarded, a
 * remote one, see {@link LeaderCalls}); after a forwarded write the call waits, within the request
 * timeout, until this replica has applied it too. A read is linearizable on the leader (Ratis read
 * index) and local elsewhere.
 */
final class RatisRequests {
  private static final Logger LOG = LoggerFactory.getLogger(RatisRequests.class);

  private final RaftServer server;
  private final LeaderCalls calls;

  RatisRequests(RaftServer server, LeaderCalls calls) {
    this.server = server;
    this.calls = calls;
  }

  ByteBuffer write(GroupHandle g, ByteBuffer request) throws ConsensusException {
    long deadline = calls.deadline();
    Message message = Message.valueOf(ByteString.copyFrom(request.duplicate()));
    RaftClientReply reply = calls.toLeader(g, "write", new WriteCall(g, message), deadline);
    if (!calls.isLocal(reply.getServerId())) {
      try {
        if (!g.stateMachine().awaitApplied(reply.getLogIndex(), deadline)) {
          LOG.debug(
              "{}: write {} committed but not yet applied here", g.group(), reply.getLogIndex());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConsensusException("interrupted while waiting for a write of " + g.group(), e);
      }
    }
    return toBuffer(reply.getMessage());
  }

  ByteBuffer read(GroupHandle g, ByteBuffer query) throws ConsensusException {
    if (g.division().getInfo().isLeader()) {
      Message message = Message.valueOf(ByteString.copyFrom(query.duplicate()));
      RaftClientRequest request =
          RaftClientRequest.newBuilder()
              .setClientId(calls.clientId())
              .setServerId(server.getId())
              .setGroupId(g.raftId())
              .setCallId(calls.nextCallId())
              .setMessage(message)
              .setType(RaftClientRequest.readRequestType())
              .setTimeoutMs(calls.timeoutMs())
              .build();
      RaftClientReply reply = awaitLocal(g, "read", submit(request), calls.deadline());
      if (reply.isSuccess()) {
        return toBuffer(reply.getMessage());
      }
      RaftException e = reply.getException();
      if (reply.getStateMachineException() != null || !leadershipMoved(e)) {
        throw LeaderCalls.failure(g.group(), "read", e);
      }
    }
    try {
      return g.stateMachine().readLocal(query);
    } catch (RuntimeException e) {
      throw new ConsensusException("the state machine of " + g.group() + " failed a read", e);
    }
  }

  private CompletableFuture<RaftClientReply> submit(RaftClientRequest request) {
    try {
      return server.submitClientRequestAsync(request);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Takes a snapshot of this replica now, through the state machine's updater thread. */
  void snapshot(GroupHandle g) throws ConsensusException {
    CompletableFuture<RaftClientReply> future;
    try {
      future =
          server.snapshotManagementAsync(
              SnapshotManagementRequest.newCreate(
                  calls.clientId(),
                  server.getId(),
                  g.raftId(),
                  calls.nextCallId(),
                  calls.timeoutMs(),
                  1));
    } catch (RuntimeException e) {
      throw new ConsensusException("cannot snapshot " + g.group() + ": " + e.getMessage(), e);
    }
    RaftClientReply reply = awaitLocal(g, "snapshot", future, calls.deadline());
    if (!reply.isSuccess()) {
      throw LeaderCalls.failure(g.group(), "snapshot", reply.getException());
    }
    if (reply.getLogIndex() < 0) {
      throw new ConsensusException("the state machine of " + g.group() + " declined a snapshot");
    }
  }

  private RaftClientReply awaitLocal(
      GroupHandle g, String what, CompletableFuture<RaftClientReply> reply, long deadline)
      throws ConsensusException {
    try {
      return reply.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ConsensusException(
          what + " of " + g.group() + " timed out after " + calls.timeoutMs() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof GroupMismatchException) {
        throw new GroupNotFoundException(g.group());
      }
      throw new ConsensusException(what + " of " + g.group() + " failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsensusException("interrupted during a " + what + " of " + g.group(), e);
    }
  }

  private static boolean leadershipMoved(RaftException e) {
    return e instanceof NotLeaderException
        || e instanceof LeaderNotReadyException
        || e instanceof LeaderSteppingDownException
        || e instanceof ReadIndexException
        || e instanceof ReadException;
  }

  static ByteBuffer toBuffer(Message message) {
    if (message == null) {
      return ByteBuffer.allocate(0);
    }
    return ByteBuffer.wrap(message.getContent().toByteArray());
  }

  /** A state-machine write: local submit on the leader, unordered async RPC elsewhere. */
  private final class WriteCall implements LeaderCalls.Call {
    private final GroupHandle g;
    private final Message message;

    WriteCall(GroupHandle g, Message message) {
      this.g = g;
      this.message = message;
    }

    @Override
    public RaftClientRequest request(RaftPeerId target, long callId) {
      return RaftClientRequest.newBuilder()
          .setClientId(calls.clientId())
          .setServerId(target)
          .setGroupId(g.raftId())
          .setCallId(callId)
          .setMessage(message)
          .setType(RaftClientRequest.writeRequestType())
          .setTimeoutMs(calls.timeoutMs())
          .build();
    }

    @Override
    public CompletableFuture<RaftClientReply> local(RaftClientRequest request) throws IOException {
      return server.submitClientRequestAsync(request);
    }

    @Override
    public CompletableFuture<RaftClientReply> remote(RaftClientRpc rpc, RaftClientRequest request) {
      return rpc.sendRequestAsyncUnordered(request);
    }
  }
}
