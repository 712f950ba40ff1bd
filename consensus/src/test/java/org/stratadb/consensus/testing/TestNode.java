package org.stratadb.consensus.testing;

import java.nio.file.Path;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.Peer;

/** One node of a {@link TestCluster}; every start makes a fresh consensus instance. */
public final class TestNode {
  private final ConsensusSettings settings;
  private final TestCluster.ConsensusMaker maker;
  private final Path journals;
  private IConsensus consensus;
  private KvRegistry registry;

  TestNode(ConsensusSettings settings, TestCluster.ConsensusMaker maker, Path journals) {
    this.settings = settings;
    this.maker = maker;
    this.journals = journals;
  }

  public int id() {
    return settings.nodeId();
  }

  public ConsensusSettings settings() {
    return settings;
  }

  public Path storageDir() {
    return settings.storageDir();
  }

  public Peer peer(ConsensusGroupId group) {
    return new Peer(group, settings.nodeId(), settings.endpoint());
  }

  public synchronized void start() throws ConsensusException {
    if (consensus != null) {
      throw new IllegalStateException("node " + id() + " runs already");
    }
    registry = new KvRegistry(journals);
    IConsensus c = maker.make(settings, registry);
    c.start();
    consensus = c;
  }

  public synchronized void stop() throws ConsensusException {
    if (consensus != null) {
      IConsensus c = consensus;
      consensus = null;
      c.close();
    }
  }

  void stopQuietly() {
    try {
      stop();
    } catch (ConsensusException | RuntimeException e) {
      System.err.println("node " + id() + " did not stop cleanly: " + e);
    }
  }

  public synchronized boolean isRunning() {
    return consensus != null;
  }

  public synchronized IConsensus consensus() {
    if (consensus == null) {
      throw new IllegalStateException("node " + id() + " is stopped");
    }
    return consensus;
  }

  public KvStateMachine stateMachine(ConsensusGroupId group) {
    return registry.stateMachine(group);
  }

  public String write(ConsensusGroupId group, String command) throws ConsensusException {
    return KvStateMachine.text(consensus().write(group, KvStateMachine.bytes(command)));
  }

  public String read(ConsensusGroupId group, String query) throws ConsensusException {
    return KvStateMachine.text(consensus().read(group, KvStateMachine.bytes(query)));
  }

  /** Reads, mapping a failure to null (for polling). */
  public String readOrNull(ConsensusGroupId group, String query) {
    try {
      return isRunning() ? read(group, query) : null;
    } catch (ConsensusException | RuntimeException e) {
      return null;
    }
  }
}
