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
   * node.
   *
   * @throws NotLeaderException if this node cannot accept writes for the group
   * @throws ConsensusException if the write cannot be committed
   */
  ByteBuffer write(ConsensusGroupId group, ByteBuffer request) throws ConsensusException;

  /**
   * Answers a read from the local replica. On the leader of a replicated group the answer reflects
   * every write acknowledged before the read began.
   */
  ByteBuffer read(ConsensusGroupId group, ByteBuffer query) throws ConsensusException;

  /** Adds a peer to the group's membership; call on the leader. */
  void addRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException;

  /** Removes a peer from the group's membership; call on the leader. */
  void removeRemotePeer(ConsensusGroupId group, Peer peer) throws ConsensusException;

  /** Whether this node's peer currently leads the group. */
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
