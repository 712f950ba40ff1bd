package org.stratadb.consensus.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.GroupNotFoundException;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.IStateMachine;
import org.stratadb.consensus.api.Peer;
import org.stratadb.consensus.api.StateMachineRegistry;

/**
 * A consensus with exactly one replica per group: the local peer always leads, and a write is
 * applied at once on the caller's thread, one at a time per group. Nothing is logged; the only
 * files are the group directories ({@link GroupDirectories}) that let start() find the groups
 * again. The state machine persists its own data.
 */
public abstract class SingleReplicaConsensus implements IConsensus {
  private static final Logger LOG = LoggerFactory.getLogger(SingleReplicaConsensus.class);

  private enum State {
    NEW,
    RUNNING,
    CLOSED
  }

  private final ConsensusSettings settings;
  private final StateMachineRegistry registry;
  private final Map<ConsensusGroupId, LocalGroup> groups = new ConcurrentHashMap<>();
  private final Object lifecycle = new Object();
  private volatile State state = State.NEW;

  protected SingleReplicaConsensus(ConsensusSettings settings, StateMachineRegistry registry) {
    this.settings = settings;
    this.registry = registry;
  }

  /** The protocol's name in messages, such as "SimpleConsensus". */
  protected abstract String protocolName();

  /** The error for a request that needs more than one replica of {@code group}. */
  protected abstract ConsensusException replicationUnsupported(ConsensusGroupId group);

  @Override
  public void start() throws ConsensusException {
    synchronized (lifecycle) {
      if (state != State.NEW) {
        throw new ConsensusException(protocolName() + " on node " + nodeId() + " was started");
      }
      try {
        Files.createDirectories(settings.storageDir());
        for (Map.Entry<ConsensusGroupId, List<Peer>> e :
            GroupDirectories.scan(settings.storageDir()).entrySet()) {
          List<Peer> peers = e.getValue();
          if (peers.size() != 1 || peers.get(0).nodeId() != nodeId()) {
            throw new ConsensusException(
                e.getKey()
                    + " in "
                    + settings.storageDir()
                    + " lists peers "
                    + peers
                    + ", not just node "
                    + nodeId());
          }
          open(e.getKey(), peers.get(0));
        }
      } catch (IOException e) {
        closeGroups();
        throw new ConsensusException(
            protocolName() + " cannot read its groups in " + settings.storageDir(), e);
      } catch (ConsensusException | RuntimeException e) {
        closeGroups();
        throw e;
      }
      state = State.RUNNING;
      LOG.info(
          "{} started on node {} with {} group(s) from {}",
          protocolName(),
          nodeId(),
          groups.size(),
          settings.storageDir());
    }
  }

  @Override
  public List<ConsensusGroupId> groups() {
    return new ArrayList<>(groups.keySet());
  }

  @Override
  public void createLocalPeer(ConsensusGroupId group, List<Peer> peers) throws ConsensusException {
    if (peers != null && peers.size() > 1) {
      throw replicationUnsupported(group);
    }
    PeerChecks.checkMembership(group, peers, nodeId());
    synchronized (lifecycle) {
      ensureRunning();
      if (groups.containsKey(group)) {
        throw new ConsensusException(group + " already has a local peer on node " + nodeId());
      }
      try {
        GroupDirectories.create(settings.storageDir(), group, peers);
      } catch (IOException e) {
        throw new ConsensusException("cannot create the directory of " + group, e);
      }
      try {
        open(group, peers.get(0));
      } catch (RuntimeException e) {
        deleteDirQuietly(group);
        throw new ConsensusException("the state machine of " + group + " failed to start", e);
      }
      LOG.info("Created {} on node {} ({})", group, nodeId(), protocolName());
    }
  }

  @Override
  public void deleteLocalPeer(ConsensusGroupId group) throws ConsensusException {
    synchronized (lifecycle) {
      ensureRunning();
      LocalGroup g = groups.remove(group);
      if (g == null) {
        throw new GroupNotFoundException(group);
      }
      g.stop();
      try {
        FileSupport.deleteRecursively(GroupDirectories.dirOf(settings.storageDir(), group));
      } catch (IOException e) {
        throw new ConsensusException("cannot delete the directory of " + group, e);
      }
      LOG.info("Deleted {} on node {}", group, nodeId());
    }
  }

  @Override
  public ByteBuffer write(ConsensusGroupId group, ByteBuffer request) throws ConsensusException {
    return require(group).apply(request);
  }

  @Override
  public ByteBuffer read(ConsensusGroupId group, ByteBuffer query) throws ConsensusException {
    LocalGroup g = require(group);
    try {
      return g.stateMachine.read(query);
    } catch (RuntimeException e) {
      throw new ConsensusException("the state machine of " + group + " failed a read", e);
    }
  }

  @Override
  public void addRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException {
    require(group);
    throw replicationUnsupported(group);
  }

  @Override
  public void removeRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException {
    require(group);
    throw replicationUnsupported(group);
  }

  @Override
  public List<Peer> peers(ConsensusGroupId group) throws ConsensusException {
    return List.of(require(group).peer);
  }

  @Override
  public boolean isLeader(ConsensusGroupId group) {
    return state == State.RUNNING && groups.containsKey(group);
  }

  @Override
  public Optional<Peer> leader(ConsensusGroupId group) {
    LocalGroup g = state == State.RUNNING ? groups.get(group) : null;
    return g == null ? Optional.empty() : Optional.of(g.peer);
  }

  @Override
  public void transferLeader(ConsensusGroupId group, Peer target) throws ConsensusException {
    LocalGroup g = require(group);
    if (target.nodeId() != g.peer.nodeId()) {
      throw replicationUnsupported(group);
    }
  }

  /**
   * Does nothing: with a single replica there is no log to truncate, and the state machine keeps
   * its own data durable.
   */
  @Override
  public void triggerSnapshot(ConsensusGroupId group) throws ConsensusException {
    require(group);
  }

  @Override
  public void close() {
    synchronized (lifecycle) {
      if (state == State.CLOSED) {
        return;
      }
      state = State.CLOSED;
      closeGroups();
      LOG.info("{} stopped on node {}", protocolName(), nodeId());
    }
  }

  private int nodeId() {
    return settings.nodeId();
  }

  private void open(ConsensusGroupId group, Peer peer) {
    IStateMachine sm = registry.create(group);
    sm.start();
    groups.put(group, new LocalGroup(group, peer, sm));
    sm.onLeadershipChange(true);
  }

  private void closeGroups() {
    for (LocalGroup g : groups.values()) {
      try {
        g.stop();
      } catch (RuntimeException e) {
        LOG.warn("The state machine of {} failed to stop: {}", g.group, e.toString());
      }
    }
    groups.clear();
  }

  private void deleteDirQuietly(ConsensusGroupId group) {
    try {
      FileSupport.deleteRecursively(GroupDirectories.dirOf(settings.storageDir(), group));
    } catch (IOException e) {
      LOG.warn("Cannot remove the directory of {}: {}", group, e.toString());
    }
  }

  private void ensureRunning() throws ConsensusException {
    if (state != State.RUNNING) {
      throw new ConsensusException(
          protocolName() + " on node " + nodeId() + " is " + state.name().toLowerCase());
    }
  }

  private LocalGroup require(ConsensusGroupId group) throws ConsensusException {
    ensureRunning();
    LocalGroup g = groups.get(group);
    if (g == null) {
      throw new GroupNotFoundException(group);
    }
    return g;
  }

  /** One local replica; the lock serializes writes and orders them before stop. */
  private static final class LocalGroup {
    final ConsensusGroupId group;
    final Peer peer;
    final IStateMachine stateMachine;
    private final ReentrantLock writeLock = new ReentrantLock();
    private boolean stopped;

    LocalGroup(ConsensusGroupId group, Peer peer, IStateMachine stateMachine) {
      this.group = group;
      this.peer = peer;
      this.stateMachine = stateMachine;
    }

    ByteBuffer apply(ByteBuffer request) throws ConsensusException {
      writeLock.lock();
      try {
        if (stopped) {
          throw new GroupNotFoundException(group);
        }
        ByteBuffer result = stateMachine.apply(request);
        return result == null ? ByteBuffer.allocate(0) : result;
      } catch (RuntimeException e) {
        throw new ConsensusException("the state machine of " + group + " failed a write", e);
      } finally {
        writeLock.unlock();
      }
    }

    void stop() {
      writeLock.lock();
      try {
        if (!stopped) {
          stopped = true;
          stateMachine.stop();
        }
      } finally {
        writeLock.unlock();
      }
    }
  }
}
