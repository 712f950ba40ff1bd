package org.stratadb.confignode.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.stratadb.confignode.consensus.ConsensusProvider;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.IStateMachine;
import org.stratadb.consensus.api.Peer;
import org.stratadb.consensus.api.StateMachineRegistry;

/**
 * A one-node stand-in for a real consensus in tests: writes apply at once, this node always leads.
 * It keeps state across a restart by snapshotting every group on close and loading the snapshot on
 * start, which also exercises the state machine's snapshot path.
 */
public final class LocalConsensus implements IConsensus {
  private final ConsensusSettings settings;
  private final StateMachineRegistry registry;
  private final Map<ConsensusGroupId, IStateMachine> groups = new LinkedHashMap<>();

  public LocalConsensus(ConsensusSettings settings, StateMachineRegistry registry) {
    this.settings = settings;
    this.registry = registry;
  }

  /** The provider tests hand to a ConfigNode. */
  public static ConsensusProvider provider() {
    return (protocol, settings, registry) -> new LocalConsensus(settings, registry);
  }

  private Path dir(ConsensusGroupId group) {
    return settings.storageDir().resolve(group.displayName());
  }

  @Override
  public synchronized void start() {
    try (Stream<Path> dirs =
        Files.exists(settings.storageDir()) ? Files.list(settings.storageDir()) : Stream.empty()) {
      for (Path d : dirs.toList()) {
        ConsensusGroupId id = ConsensusGroupId.parse(d.getFileName().toString());
        IStateMachine sm = registry.create(id);
        sm.start();
        if (Files.exists(d.resolve("snapshot"))) {
          sm.loadSnapshot(d.resolve("snapshot"));
        }
        groups.put(id, sm);
        sm.onLeadershipChange(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized List<ConsensusGroupId> groups() {
    return new ArrayList<>(groups.keySet());
  }

  @Override
  public synchronized void createLocalPeer(ConsensusGroupId group, List<Peer> peers)
      throws ConsensusException {
    if (groups.containsKey(group)) {
      throw new ConsensusException(group + " exists");
    }
    try {
      Files.createDirectories(dir(group));
    } catch (IOException e) {
      throw new ConsensusException(e.toString());
    }
    IStateMachine sm = registry.create(group);
    sm.start();
    groups.put(group, sm);
    sm.onLeadershipChange(true);
  }

  @Override
  public synchronized List<Peer> peers(ConsensusGroupId group) throws ConsensusException {
    if (!groups.containsKey(group)) {
      throw new ConsensusException(group + " has no local peer");
    }
    return List.of(new Peer(group, settings.nodeId(), settings.endpoint()));
  }

  @Override
  public synchronized void deleteLocalPeer(ConsensusGroupId group) {
    IStateMachine sm = groups.remove(group);
    if (sm != null) {
      sm.stop();
    }
  }

  @Override
  public synchronized ByteBuffer write(ConsensusGroupId group, ByteBuffer request)
      throws ConsensusException {
    return machine(group).apply(request);
  }

  @Override
  public synchronized ByteBuffer read(ConsensusGroupId group, ByteBuffer query)
      throws ConsensusException {
    return machine(group).read(query);
  }

  private IStateMachine machine(ConsensusGroupId group) throws ConsensusException {
    IStateMachine sm = groups.get(group);
    if (sm == null) {
      throw new ConsensusException(group + " has no local peer");
    }
    return sm;
  }

  @Override
  public void addRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException {
    throw new ConsensusException("LocalConsensus has one peer only");
  }

  @Override
  public void removeRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException {
    throw new ConsensusException("LocalConsensus has one peer only");
  }

  @Override
  public synchronized boolean isLeader(ConsensusGroupId group) {
    return groups.containsKey(group);
  }

  @Override
  public synchronized Optional<Peer> leader(ConsensusGroupId group) {
    return groups.containsKey(group)
        ? Optional.of(new Peer(group, settings.nodeId(), settings.endpoint()))
        : Optional.empty();
  }

  @Override
  public void transferLeader(ConsensusGroupId group, Peer target) {}

  @Override
  public synchronized void triggerSnapshot(ConsensusGroupId group) throws ConsensusException {
    snapshot(group, machine(group));
  }

  private void snapshot(ConsensusGroupId group, IStateMachine sm) throws ConsensusException {
    Path snap = dir(group).resolve("snapshot");
    try {
      if (Files.exists(snap)) {
        try (Stream<Path> files = Files.walk(snap)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(snap);
    } catch (IOException e) {
      throw new ConsensusException(e.toString());
    }
    if (!sm.takeSnapshot(snap)) {
      throw new ConsensusException("snapshot refused");
    }
  }

  @Override
  public synchronized void close() throws ConsensusException {
    for (Map.Entry<ConsensusGroupId, IStateMachine> e : groups.entrySet()) {
      snapshot(e.getKey(), e.getValue());
      e.getValue().stop();
    }
    groups.clear();
  }
}
