package org.stratadb.consensus.api;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * What a consensus group replicates. Every replica applies the same requests in the same order, so
 * {@link #apply} must be deterministic: no clocks, no randomness, no reads of local state that
 * other replicas may not share.
 *
 * <p>Threads: {@link #apply}, {@link #takeSnapshot} and {@link #loadSnapshot} are never called
 * concurrently with each other for one group, and never call back into the consensus (a write of
 * the same group from inside {@link #apply} would wait for itself). {@link #read} may run at the
 * same time as any of them and must see a consistent state. {@link #onLeadershipChange} calls
 * arrive in order on a thread of their own (RatisConsensus: one per instance, shared by its
 * groups), so they may write through the consensus, but should hand long work elsewhere.
 *
 * <p>Durability depends on the protocol:
 *
 * <ul>
 *   <li>RatisConsensus keeps its own log. After a restart it hands the latest snapshot to {@link
 *       #loadSnapshot} and then re-applies every later entry, so a state machine that keeps only
 *       memory is durable. One that also persists its own state sees the entries after its last
 *       snapshot again and must apply them idempotently.
 *   <li>SimpleConsensus and single-replica IoTConsensus log nothing: what {@link #apply} does is
 *       durable only if the state machine makes it so (a WAL of its own), and nothing is re-applied
 *       after a restart.
 * </ul>
 */
public interface IStateMachine {

  /** Called once before the first request or snapshot. */
  void start();

  /** Called once when the local peer is removed or the node stops. */
  void stop();

  /**
   * Applies one committed write and returns its result, which is handed back to the caller of
   * {@link IConsensus#write} on the node that proposed it. A request the state machine rejects
   * should be answered with a result saying so; an exception fails the write with a {@link
   * ConsensusException} on the proposing node, but the entry stays committed and counts as applied
   * on every replica.
   */
  ByteBuffer apply(ByteBuffer request);

  /** Answers a read from the current state; never changes it. */
  ByteBuffer read(ByteBuffer query);

  /**
   * Writes the whole state into {@code snapshotDir}, which exists and is empty. Only regular files
   * and directories count; RatisConsensus forces them to disk and may copy them to other nodes.
   *
   * @return false if the state cannot be snapshotted now; the caller retries later
   */
  boolean takeSnapshot(Path snapshotDir);

  /** Replaces the whole state with the one a {@link #takeSnapshot} wrote into {@code dir}. */
  void loadSnapshot(Path snapshotDir);

  /** Told when this replica becomes leader or stops being leader; the default ignores it. */
  default void onLeadershipChange(boolean isLeader) {}
}
