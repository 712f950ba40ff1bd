package org.stratadb.consensus.api;

/** Makes the state machine of a group whose local peer is being created or recovered from disk. */
@FunctionalInterface
public interface StateMachineRegistry {
  IStateMachine create(ConsensusGroupId group);
}
