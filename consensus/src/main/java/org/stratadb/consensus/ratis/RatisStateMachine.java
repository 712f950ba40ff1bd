package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.proto.RaftProtos.RaftConfigurationProto;
import org.apache.ratis.proto.RaftProtos.RaftPeerProto;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftGroupMemberId;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.protocol.exceptions.StateMachineException;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.raftlog.RaftLog;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.apache.ratis.util.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.IStateMachine;
import org.stratadb.consensus.api.Peer;

/**
 * Runs an {@link IStateMachine} inside Ratis: applies committed entries, answers queries, writes
 * and loads snapshots through {@link SnapshotStore}, and passes on leadership and membership
 * changes.
 */
final class RatisStateMachine extends BaseStateMachine {
  private static final Logger LOG = LoggerFactory.getLogger(RatisStateMachine.class);

  /** Told when the group's membership changes, so that the peers file can follow. */
  interface MembershipListener {
    void membershipChanged(ConsensusGroupId group, List<Peer> peers);
  }

  private final ConsensusGroupId group;
  private final IStateMachine stateMachine;
  private final SnapshotStore snapshots = new SnapshotStore();
  private final MembershipListener membershipListener;
  private final Executor events;

  private final ReentrantLock appliedLock = new ReentrantLock();
  private final Condition appliedAdvanced = appliedLock.newCondition();
  private final Object leadershipLock = new Object();
  private boolean started;
  private volatile boolean stopped;
  private boolean leaderNotified;

  /**
   * @param events runs leadership callbacks, in order, off Ratis's threads: a callback that waits
   *     for a write of its own group would otherwise block the thread that applies it
   */
  RatisStateMachine(
      ConsensusGroupId group,
      IStateMachine stateMachine,
      MembershipListener membershipListener,
      Executor events) {
    this.group = group;
    this.stateMachine = stateMachine;
    this.membershipListener = membershipListener;
    this.events = events;
  }

  ConsensusGroupId group() {
    return group;
  }

  @Override
  public void initialize(RaftServer server, RaftGroupId groupId, RaftStorage storage)
      throws IOException {
    getLifeCycle()
        .startAndTransition(
            () -> {
              super.initialize(server, groupId, storage);
              snapshots.init(storage);
              synchronized (this) {
                stateMachine.start();
                started = true;
              }
              try {
                loadLatestSnapshot();
              } catch (IOException | RuntimeException e) {
                // Ratis never opens this replica, so nothing else would stop the state machine.
                close();
                throw e;
              }
            },
            IOException.class);
  }

  @Override
  public SnapshotStore getStateMachineStorage() {
    return snapshots;
  }

  @Override
  public synchronized void pause() {
    if (getLifeCycleState() == LifeCycle.State.RUNNING) {
      getLifeCycle().transition(LifeCycle.State.PAUSING);
      getLifeCycle().transition(LifeCycle.State.PAUSED);
    }
  }

  /** Called after a snapshot from the leader replaced the state-machine directory. */
  @Override
  public synchronized void reinitialize() throws IOException {
    loadLatestSnapshot();
    if (getLifeCycleState() == LifeCycle.State.PAUSED) {
      getLifeCycle().transition(LifeCycle.State.STARTING);
      getLifeCycle().transition(LifeCycle.State.RUNNING);
    }
  }

  private void loadLatestSnapshot() throws IOException {
    SnapshotStore.Snapshot s = snapshots.loadLatest();
    if (s == null) {
      return;
    }
    stateMachine.loadSnapshot(s.stateDir());
    setLastAppliedTermIndex(TermIndex.valueOf(s.meta().term(), s.meta().index()));
    signalApplied();
    LOG.info("{} loaded snapshot at index {}", group, s.meta().index());
  }

  @Override
  public CompletableFuture<Message> applyTransaction(TransactionContext trx) {
    LogEntryProto entry = trx.getLogEntry();
    ByteBuffer request = entry.getStateMachineLogEntry().getLogData().asReadOnlyByteBuffer();
    CompletableFuture<Message> result;
    try {
      result = CompletableFuture.completedFuture(toMessage(stateMachine.apply(request)));
    } catch (RuntimeException e) {
      LOG.warn(
          "The state machine of {} failed entry {}: {}", group, entry.getIndex(), e.toString());
      result =
          CompletableFuture.failedFuture(
              new StateMachineException(
                  group + " failed entry " + entry.getIndex() + ": " + e.getMessage(), e));
    }
    updateLastAppliedTermIndex(entry.getTerm(), entry.getIndex());
    signalApplied();
    return result;
  }

  @Override
  public void notifyTermIndexUpdated(long term, long index) {
    super.notifyTermIndexUpdated(term, index);
    signalApplied();
  }

  @Override
  public CompletableFuture<Message> query(Message request) {
    try {
      return CompletableFuture.completedFuture(
          toMessage(stateMachine.read(request.getContent().asReadOnlyByteBuffer())));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(
          new StateMachineException(group + " failed a read: " + e.getMessage(), e));
    }
  }

  /** Answers a read from this replica's state, whatever its role. */
  ByteBuffer readLocal(ByteBuffer query) {
    return stateMachine.read(query);
  }

  @Override
  public long takeSnapshot() throws IOException {
    TermIndex applied = getLastAppliedTermIndex();
    if (applied == null || applied.getIndex() < 0) {
      return RaftLog.INVALID_LOG_INDEX;
    }
    TermIndex latest =
        snapshots.getLatestSnapshot() == null ? null : snapshots.getLatestSnapshot().getTermIndex();
    if (latest != null && latest.getIndex() >= applied.getIndex()) {
      return latest.getIndex();
    }
    boolean taken =
        snapshots.take(
            applied.getTerm(),
            applied.getIndex(),
            dir -> {
              try {
                return stateMachine.takeSnapshot(dir);
              } catch (RuntimeException e) {
                LOG.warn("The state machine of {} failed a snapshot: {}", group, e.toString());
                return false;
              }
            });
    if (!taken) {
      LOG.info("The state machine of {} declined a snapshot at index {}", group, applied);
      return RaftLog.INVALID_LOG_INDEX;
    }
    LOG.info("{} took a snapshot at index {}", group, applied.getIndex());
    return applied.getIndex();
  }

  /**
   * Waits until this replica has applied {@code index}.
   *
   * @return false if it had not when {@code deadlineNanos} (a {@link System#nanoTime} value) came
   */
  boolean awaitApplied(long index, long deadlineNanos) throws InterruptedException {
    appliedLock.lock();
    try {
      while (getLastAppliedTermIndex().getIndex() < index && !stopped) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        appliedAdvanced.await(left, TimeUnit.NANOSECONDS);
      }
      return !stopped;
    } finally {
      appliedLock.unlock();
    }
  }

  private void signalApplied() {
    appliedLock.lock();
    try {
      appliedAdvanced.signalAll();
    } finally {
      appliedLock.unlock();
    }
  }

  @Override
  public void notifyLeaderReady() {
    synchronized (leadershipLock) {
      if (!leaderNotified) {
        leaderNotified = true;
        tellLeadership(true);
      }
    }
  }

  @Override
  public void notifyLeaderChanged(RaftGroupMemberId member, RaftPeerId newLeader) {
    synchronized (leadershipLock) {
      if (leaderNotified && !member.getPeerId().equals(newLeader)) {
        leaderNotified = false;
        tellLeadership(false);
      }
    }
    LOG.info("{} on node {}: leader is now {}", group, member.getPeerId(), newLeader);
  }

  private void tellLeadership(boolean leader) {
    Runnable tell =
        () -> {
          if (stopped) {
            return;
          }
          try {
            stateMachine.onLeadershipChange(leader);
          } catch (RuntimeException e) {
            LOG.warn("The state machine of {} failed a leadership change: {}", group, e.toString());
          }
        };
    try {
      events.execute(tell);
    } catch (RejectedExecutionException e) {
      LOG.debug("{}: leadership change not delivered, the node is stopping", group);
    }
  }

  @Override
  public void notifyConfigurationChanged(long term, long index, RaftConfigurationProto conf) {
    List<Peer> peers = new ArrayList<>(conf.getPeersCount());
    try {
      for (RaftPeerProto p : conf.getPeersList()) {
        peers.add(
            new Peer(
                group, Integer.parseInt(p.getId().toStringUtf8()), HostPort.parse(p.getAddress())));
      }
    } catch (IllegalArgumentException e) {
      LOG.warn("{} has a peer that is not ours in its configuration: {}", group, e.getMessage());
      return;
    }
    membershipListener.membershipChanged(group, List.copyOf(peers));
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (!started || stopped) {
        return;
      }
      stopped = true;
    }
    try {
      stateMachine.stop();
    } catch (RuntimeException e) {
      LOG.warn("The state machine of {} failed to stop: {}", group, e.toString());
    }
    // Waiters give up once the replica is gone rather than sleeping out their deadline.
    signalApplied();
  }

  private static Message toMessage(ByteBuffer result) {
    return Message.valueOf(
        result == null ? ByteString.EMPTY : ByteString.copyFrom(result.duplicate()));
  }
}
