package org.stratadb.consensus.api;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * What a consensus group replicates. Every replica applies the same requests in the same order, so
 * {@link #apply} must be deterministic: no clocks, no randomness, no reads of local state that
 * other replicas may not share.
 */
public interface IStateMachine {

  /** Called once before the first request or snapshot. */
  void start();

  /** Called once when the local peer is removed or the node stops. */
  void stop();

  /**
   * Applies one committed write and returns its result, which is handed back to the caller of
   * {@link IConsensus#write} on the node that proposed it.
   */
  ByteBuffer apply(ByteBuffer request);

  /** Answers a read from the current state; never changes it. */
  ByteBuffer read(ByteBuffer query);

  /**
   * Writes the whole state into {@code snapshotDir}, which exists and is empty.
   *
   * @return false if the state cannot be snapshotted now; the caller retries later
   */
  boolean takeSnapshot(Path snapshotDir);

  /** Replaces the whole state with the one a {@link #takeSnapshot} wrote into {@code dir}. */
  void loadSnapshot(Path snapshotDir);

  /** Told when this replica becomes leader or stops being leader; the default ignores it. */
  default void onLeadershipChange(boolean isLeader) {}
}
