package org.stratadb.consensus.api;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * The one consensus API of StrataDB. A node runs one instance per kind of group (the ConfigNode
 * group, schema regions, data regions); it hosts the local peers of many groups.
 *
 * <p>Implementations: SimpleConsensus (one replica, applies at once), RatisConsensus (Apache Ratis)
 * and, later, IoTConsensus. Callers never see the implementation's own types.
 */
public interface IConsensus extends AutoCloseable {

  /** Starts the consensus service and recovers every local peer found on disk. */
  void start() throws ConsensusException;

  /** The groups with a local peer on this node. */
  List<ConsensusGroupId> groups();

  /**
   * Creates the local peer of {@code group}, whose full membership is {@code peers} (this node
   * among them). A peer joining an existing group is created with the group's target membership and
   * then added by the leader with {@link #addRemotePeer}.
   *
   * @throws ConsensusException if the group already has a local peer or cannot be started
   */
  void createLocalPeer(ConsensusGroupId group, List<Peer> peers) throws ConsensusException;

  /** Stops the local peer of {@code group} and deletes its consensus files. */
  void deleteLocalPeer(ConsensusGroupId group) throws ConsensusException;

  /**
   * Replicates {@code request} and returns the state machine's result once it is applied on this
   * node. Any replica of the group accepts writes: RatisConsensus forwards a write made on a
   * follower to the leader and then waits (within the request timeout) until this replica has
   * applied it too, so a later {@link #read} here sees it. Bounded by the request timeout of the
   * {@link ConsensusSettings}.
   *
   * @throws NotLeaderException if no leader could be found for the group within the timeout
   * @throws ConsensusException if the write cannot be committed, or the state machine failed it
   */
  ByteBuffer write(ConsensusGroupId group, ByteBuffer request) throws ConsensusException;

  /**
   * Answers a read from the local replica. On the leader of a replicated group the answer reflects
   * every write acknowledged before the read began.
   */
  ByteBuffer read(ConsensusGroupId group, ByteBuffer query) throws ConsensusException;

  /**
   * Adds a peer to the group's membership and returns once the new membership is committed, which
   * includes the new peer having caught up with the log or a snapshot. The new peer's node must
   * already have called {@link #createLocalPeer} with the target membership. Meant to be called on
   * the leader; RatisConsensus forwards it from any other member.
   */
  void addRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException;

  /**
   * Removes a peer from the group's membership and returns once the new membership is committed.
   * The removed node's local peer keeps its files until it calls {@link #deleteLocalPeer}. Meant to
   * be called on the leader; RatisConsensus forwards it from any other member.
   */
  void removeRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException;

  /** The group's membership as this node currently knows it. */
  List<Peer> peers(ConsensusGroupId group) throws ConsensusException;

  /**
   * Whether this node's peer currently leads the group and is ready to serve: it has applied every
   * entry committed before its term began.
   */
  boolean isLeader(ConsensusGroupId group);

  /** The group's current leader as known here, if any. */
  Optional<Peer> leader(ConsensusGroupId group);

  /** Asks the group to move leadership to {@code target}; returns once it has moved. */
  void transferLeader(ConsensusGroupId group, Peer target) throws ConsensusException;

  /** Takes a snapshot of the group's state machine now. */
  void triggerSnapshot(ConsensusGroupId group) throws ConsensusException;

  /** Stops every local peer; their files stay for the next start. */
  @Override
  void close() throws ConsensusException;
}
