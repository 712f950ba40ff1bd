package org.stratadb.consensus.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.IStateMachine;
import org.stratadb.consensus.api.StateMachineRegistry;

/** Makes {@link KvStateMachine}s for one node and remembers the newest one of each group. */
public final class KvRegistry implements StateMachineRegistry {
  private final Path journalRoot;
  private final Map<ConsensusGroupId, KvStateMachine> newest = new ConcurrentHashMap<>();

  /**
   * @param journalRoot where self-persisting state machines keep their journals; null for state
   *     machines that keep only memory
   */
  public KvRegistry(Path journalRoot) {
    this.journalRoot = journalRoot;
  }

  @Override
  public IStateMachine create(ConsensusGroupId group) {
    KvStateMachine sm =
        new KvStateMachine(
            group, journalRoot == null ? null : journalRoot.resolve(group.displayName()));
    newest.put(group, sm);
    return sm;
  }

  public KvStateMachine stateMachine(ConsensusGroupId group) {
    KvStateMachine sm = newest.get(group);
    if (sm == null) {
      throw new AssertionError("no state machine was made for " + group);
    }
    return sm;
  }
}
