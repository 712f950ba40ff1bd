package org.stratadb.confignode.consensus;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.net.HostPort;
import org.stratadb.confignode.state.ClusterState;
import org.stratadb.confignode.state.StateCodec;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.NotLeaderException;
import org.stratadb.consensus.api.Peer;
import org.stratadb.protocol.common.TEndPoint;
import org.stratadb.protocol.confignode.state.TCommandResult;
import org.stratadb.protocol.confignode.state.TConfigCommand;

/**
 * The ConfigNode group as the rest of the ConfigNode sees it: proposes commands, tells who leads
 * and maps the leader to its internal RPC endpoint.
 */
public final class ConfigRegion {
  /** The one ConfigNode group of a cluster. */
  public static final ConsensusGroupId GROUP =
      new ConsensusGroupId(ConsensusGroupId.Type.CONFIG_REGION, 0);

  private static final long POLL_MS = 20;

  private final IConsensus consensus;
  private final ClusterState state;
  private final int selfId;

  /**
   * @param selfId this ConfigNode's node id
   */
  public ConfigRegion(IConsensus consensus, ClusterState state, int selfId) {
    this.consensus = consensus;
    this.state = state;
    this.selfId = selfId;
  }

  public IConsensus consensus() {
    return consensus;
  }

  /**
   * Replicates and applies {@code command}.
   *
   * @throws NotConfigLeaderException if this node does not lead the group
   * @throws StrataException with the state's code if the command was rejected, or if consensus
   *     failed
   */
  public void write(TConfigCommand command) {
    ByteBuffer reply;
    try {
      reply = consensus.write(GROUP, StateCodec.encodeCommand(command));
    } catch (NotLeaderException e) {
      throw new NotConfigLeaderException(
          e.leader().flatMap(p -> internalEndpoint(p.nodeId())).orElse(null));
    } catch (ConsensusException e) {
      throw new StrataException(
          StatusCode.INTERNAL_SERVER_ERROR,
          "the ConfigNode group could not commit " + command.getSetField() + ": " + e.getMessage(),
          e);
    }
    TCommandResult result = StateCodec.decodeResult(reply);
    if (result.getCode() != StatusCode.SUCCESS_STATUS.code()) {
      StatusCode code = StatusCode.of(result.getCode()).orElse(StatusCode.INTERNAL_SERVER_ERROR);
      throw new StrataException(code, result.getMessage());
    }
  }

  public boolean isLeader() {
    return consensus.isLeader(GROUP);
  }

  /** The node id of the current leader, if one is known here. */
  public Optional<Integer> leaderId() {
    return consensus.leader(GROUP).map(Peer::nodeId);
  }

  /**
   * The internal RPC endpoint of the current leader if it is another node known here; empty while
   * no leader is known, or while this node has just been elected and is not ready yet.
   */
  public Optional<HostPort> leaderInternalEndpoint() {
    return leaderId().filter(id -> id != selfId).flatMap(this::internalEndpoint);
  }

  /** Throws the redirect for callers of leader-only operations unless this node leads. */
  public void requireLeader() {
    if (!isLeader()) {
      throw new NotConfigLeaderException(leaderInternalEndpoint().orElse(null));
    }
  }

  /**
   * Waits until this node is a ready leader or another node is known to lead, at most {@code
   * timeout}.
   *
   * @return whether either is the case
   */
  public boolean awaitLeader(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (isLeader() || leaderInternalEndpoint().isPresent()) {
        return true;
      }
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      sleep();
    }
  }

  /** Waits until this node leads, at most {@code timeout}. */
  public boolean awaitLeadership(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!isLeader()) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      sleep();
    }
    return true;
  }

  private Optional<HostPort> internalEndpoint(int nodeId) {
    return state.read(
        v ->
            v.configNode(nodeId)
                .map(
                    r -> {
                      TEndPoint e = r.getLocation().getInternalEndPoint();
                      return new HostPort(e.getIp(), e.getPort());
                    }));
  }

  /** The peer of a ConfigNode in the group. */
  public static Peer peer(int nodeId, HostPort consensusEndpoint) {
    return new Peer(GROUP, nodeId, consensusEndpoint);
  }

  /** Peers of the given nodes, in order. */
  public static List<Peer> peers(List<org.stratadb.protocol.cluster.TConfigNodeLocation> nodes) {
    return nodes.stream()
        .map(
            n ->
                peer(
                    n.getConfigNodeId(),
                    new HostPort(
                        n.getConsensusEndPoint().getIp(), n.getConsensusEndPoint().getPort())))
        .toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(StatusCode.INTERNAL_SERVER_ERROR, "interrupted", e);
    }
  }
}
