package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.protocol.GroupManagementRequest;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.server.RaftServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.GroupNotFoundException;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.Peer;
import org.stratadb.consensus.api.StateMachineRegistry;
import org.stratadb.consensus.internal.FileSupport;
import org.stratadb.consensus.internal.GroupDirectories;
import org.stratadb.consensus.internal.PeerChecks;
import org.stratadb.consensus.internal.PeerListFile;

/**
 * Raft replication through Apache Ratis (gRPC transport). One Ratis server per instance listens on
 * {@link ConsensusSettings#endpoint()} and hosts the local peers of many groups.
 *
 * <p>Files under {@link ConsensusSettings#storageDir()}: {@code <group>/peers} per local peer (the
 * membership last seen, and the record that the group exists here) and {@code ratis/<uuid>/} with
 * Ratis's log, metadata and our snapshots ({@link SnapshotStore}). See
 * docs/format/ratis-consensus.md.
 *
 * <p>Writes may be made on any replica: a follower forwards them to the leader (see {@link
 * RatisRequests}). Membership changes are forwarded the same way.
 */
public final class RatisConsensus implements IConsensus {
  private static final Logger LOG = LoggerFactory.getLogger(RatisConsensus.class);
  static final String RATIS_DIR = "ratis";

  private enum State {
    NEW,
    RUNNING,
    CLOSED
  }

  private final ConsensusSettings settings;
  private final RatisTuning tuning;
  private final StateMachineRegistry registry;
  private final Path ratisDir;
  private final Object lifecycle = new Object();
  private volatile State state = State.NEW;
  private RaftServer server;
  private ExecutorService events;
  private LeaderCalls calls;
  private RatisRequests requests;
  private RatisMembership membership;

  public RatisConsensus(ConsensusSettings settings, StateMachineRegistry registry) {
    this(settings, registry, RatisTuning.defaults());
  }

  public RatisConsensus(
      ConsensusSettings settings, StateMachineRegistry registry, RatisTuning tuning) {
    this.settings = settings;
    this.registry = registry;
    this.tuning = tuning;
    this.ratisDir = settings.storageDir().resolve(RATIS_DIR);
    RatisProcessGuard.install();
  }

  @Override
  public void start() throws ConsensusException {
    synchronized (lifecycle) {
      if (state != State.NEW) {
        throw new ConsensusException("RatisConsensus on node " + nodeId() + " was started");
      }
      try {
        Files.createDirectories(ratisDir);
        Map<ConsensusGroupId, List<Peer>> known = GroupDirectories.scan(settings.storageDir());
        removeOrphans(known.keySet());
        events =
            Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "consensus-" + nodeId() + "-events");
                  t.setDaemon(true);
                  return t;
                });
        server =
            RaftServer.newBuilder()
                .setServerId(RatisIds.peerId(nodeId()))
                .setProperties(RatisProperties.server(settings, tuning, ratisDir))
                .setStateMachineRegistry(this::newStateMachine)
                .build();
        calls = new LeaderCalls(settings, server);
        requests = new RatisRequests(server, calls);
        membership = new RatisMembership(server, calls);
        server.start();
        Set<RaftGroupId> loaded = new HashSet<>();
        server.getGroupIds().forEach(loaded::add);
        for (Map.Entry<ConsensusGroupId, List<Peer>> e : known.entrySet()) {
          if (!loaded.contains(RatisIds.groupId(e.getKey()))) {
            LOG.warn("{} has a peers file but no Ratis storage; creating it anew", e.getKey());
            addRaftGroup(e.getKey(), e.getValue());
          }
        }
      } catch (IOException | ConsensusException | RuntimeException e) {
        stopQuietly();
        state = State.CLOSED;
        throw new ConsensusException(
            "RatisConsensus on node "
                + nodeId()
                + " cannot start at "
                + settings.endpoint()
                + ": "
                + e.getMessage(),
            e);
      }
      state = State.RUNNING;
      LOG.info(
          "RatisConsensus started on node {} at {} with {} group(s) from {}",
          nodeId(),
          settings.endpoint(),
          groups().size(),
          settings.storageDir());
    }
  }

  @Override
  public List<ConsensusGroupId> groups() {
    List<ConsensusGroupId> groups = new ArrayList<>();
    if (state == State.RUNNING) {
      for (RaftGroupId id : server.getGroupIds()) {
        RatisIds.group(id).ifPresent(groups::add);
      }
    }
    return groups;
  }

  @Override
  public void createLocalPeer(ConsensusGroupId group, List<Peer> peers) throws ConsensusException {
    PeerChecks.checkMembership(group, peers, nodeId());
    synchronized (lifecycle) {
      ensureRunning();
      if (hasGroup(group)) {
        throw new ConsensusException(group + " already has a local peer on node " + nodeId());
      }
      try {
        GroupDirectories.create(settings.storageDir(), group, peers);
      } catch (IOException e) {
        throw new ConsensusException("cannot create the directory of " + group, e);
      }
      try {
        addRaftGroup(group, peers);
      } catch (ConsensusException e) {
        deleteQuietly(GroupDirectories.dirOf(settings.storageDir(), group));
        deleteQuietly(ratisGroupDir(group));
        throw e;
      }
      LOG.info(
          "Created {} on node {} with peers {}",
          group,
          nodeId(),
          peers.stream().map(Peer::nodeId).toList());
    }
  }

  @Override
  public void deleteLocalPeer(ConsensusGroupId group) throws ConsensusException {
    synchronized (lifecycle) {
      GroupHandle g = require(group);
      // The peers file goes first: it is what says the group exists here.
      try {
        FileSupport.deleteRecursively(GroupDirectories.dirOf(settings.storageDir(), group));
      } catch (IOException e) {
        throw new ConsensusException("cannot delete the directory of " + group, e);
      }
      RaftClientReply reply;
      try {
        reply =
            server.groupManagement(
                GroupManagementRequest.newRemove(
                    calls.clientId(), server.getId(), calls.nextCallId(), g.raftId(), true, false));
      } catch (IOException e) {
        throw new ConsensusException(
            "cannot remove " + group + " from Ratis: " + e.getMessage(), e);
      }
      if (!reply.isSuccess()) {
        throw LeaderCalls.failure(group, "delete", reply.getException());
      }
      deleteQuietly(ratisGroupDir(group));
      LOG.info("Deleted {} on node {}", group, nodeId());
    }
  }

  @Override
  public ByteBuffer write(ConsensusGroupId group, ByteBuffer request) throws ConsensusException {
    return requests.write(require(group), request);
  }

  @Override
  public ByteBuffer read(ConsensusGroupId group, ByteBuffer query) throws ConsensusException {
    return requests.read(require(group), query);
  }

  @Override
  public void addRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException {
    membership.add(require(group), peer);
  }

  @Override
  public void removeRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException {
    membership.remove(require(group), peer);
  }

  @Override
  public List<Peer> peers(ConsensusGroupId group) throws ConsensusException {
    return require(group).peers();
  }

  @Override
  public boolean isLeader(ConsensusGroupId group) {
    return handle(group).map(GroupHandle::leads).orElse(false);
  }

  @Override
  public Optional<Peer> leader(ConsensusGroupId group) {
    return handle(group).flatMap(GroupHandle::leader);
  }

  @Override
  public void transferLeader(ConsensusGroupId group, Peer target) throws ConsensusException {
    membership.transferLeader(require(group), target);
  }

  @Override
  public void triggerSnapshot(ConsensusGroupId group) throws ConsensusException {
    requests.snapshot(require(group));
  }

  @Override
  public void close() throws ConsensusException {
    synchronized (lifecycle) {
      if (state == State.CLOSED) {
        return;
      }
      boolean wasRunning = state == State.RUNNING;
      state = State.CLOSED;
      if (wasRunning) {
        IOException failure = stopQuietly();
        if (failure != null) {
          throw new ConsensusException(
              "RatisConsensus on node " + nodeId() + " did not stop cleanly", failure);
        }
        LOG.info("RatisConsensus stopped on node {}", nodeId());
      }
    }
  }

  private int nodeId() {
    return settings.nodeId();
  }

  private RatisStateMachine newStateMachine(RaftGroupId id) {
    ConsensusGroupId group =
        RatisIds.group(id)
            .orElseThrow(() -> new IllegalStateException(id + " is not a StrataDB group"));
    return new RatisStateMachine(group, registry.create(group), this::membershipChanged, events);
  }

  private void membershipChanged(ConsensusGroupId group, List<Peer> peers) {
    Path dir = GroupDirectories.dirOf(settings.storageDir(), group);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try {
      PeerListFile.write(dir, group, peers);
      LOG.info(
          "{} on node {}: peers are now {}",
          group,
          nodeId(),
          peers.stream().map(Peer::nodeId).toList());
    } catch (IOException e) {
      if (Files.isDirectory(dir)) {
        LOG.warn("Cannot record the new peers of {}: {}", group, e.toString());
      }
      // Otherwise the group is being deleted and its peers no longer matter.
    }
  }

  private void addRaftGroup(ConsensusGroupId group, List<Peer> peers) throws ConsensusException {
    RaftGroup raftGroup =
        RaftGroup.valueOf(RatisIds.groupId(group), peers.stream().map(RatisIds::raftPeer).toList());
    RaftClientReply reply;
    try {
      reply =
          server.groupManagement(
              GroupManagementRequest.newAdd(
                  calls.clientId(), server.getId(), calls.nextCallId(), raftGroup, true));
    } catch (IOException e) {
      throw new ConsensusException("cannot start " + group + ": " + e.getMessage(), e);
    }
    if (!reply.isSuccess()) {
      throw LeaderCalls.failure(group, "create", reply.getException());
    }
  }

  /** Removes Ratis group directories of ours that no peers file backs: a delete was cut short. */
  private void removeOrphans(Set<ConsensusGroupId> known) throws IOException {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(ratisDir, Files::isDirectory)) {
      for (Path dir : dirs) {
        Optional<ConsensusGroupId> group;
        try {
          group = RatisIds.group(UUID.fromString(dir.getFileName().toString()));
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (group.isPresent() && !known.contains(group.get())) {
          LOG.warn("Removing {} of {}: the group was being deleted", dir, group.get());
          FileSupport.deleteRecursively(dir);
        }
      }
    }
  }

  private Path ratisGroupDir(ConsensusGroupId group) {
    return ratisDir.resolve(RatisIds.groupId(group).getUuid().toString());
  }

  private boolean hasGroup(ConsensusGroupId group) {
    return handle(group).isPresent();
  }

  private Optional<GroupHandle> handle(ConsensusGroupId group) {
    if (state != State.RUNNING) {
      return Optional.empty();
    }
    RaftGroupId id = RatisIds.groupId(group);
    try {
      return Optional.of(new GroupHandle(group, id, server.getDivision(id)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private GroupHandle require(ConsensusGroupId group) throws ConsensusException {
    ensureRunning();
    return handle(group).orElseThrow(() -> new GroupNotFoundException(group));
  }

  private void ensureRunning() throws ConsensusException {
    if (state != State.RUNNING) {
      throw new ConsensusException(
          "RatisConsensus on node " + nodeId() + " is " + state.name().toLowerCase());
    }
  }

  private IOException stopQuietly() {
    if (calls != null) {
      try {
        calls.close();
      } catch (IOException e) {
        LOG.warn("Closing the Ratis client of node {} failed: {}", nodeId(), e.toString());
      }
    }
    if (events != null) {
      // No leadership callbacks once stopping starts; stop() follows for every state machine.
      events.shutdownNow();
      try {
        if (!events.awaitTermination(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn("A leadership callback on node {} is still running", nodeId());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        LOG.warn("Stopping the Ratis server of node {} failed: {}", nodeId(), e.toString());
        return e;
      }
    }
    return null;
  }

  private static void deleteQuietly(Path path) {
    try {
      FileSupport.deleteRecursively(path);
    } catch (IOException e) {
      LOG.warn("Cannot delete {}: {}", path, e.toString());
    }
  }
}
