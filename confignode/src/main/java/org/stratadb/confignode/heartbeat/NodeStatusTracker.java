package org.stratadb.confignode.heartbeat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The leader's soft state about other nodes: when each last answered a heartbeat, what it said, and
 * which regions each DataNode leads. A node is {@link NodeStatus#UNKNOWN} once it has not answered
 * for {@code unknownAfter}; a node not heard of since tracking began counts from that moment, so a
 * new leader does not declare every node lost at once. Never replicated. Thread-safe.
 */
public final class NodeStatusTracker {
  private final Clock clock;
  private final long unknownAfterMs;
  private final Map<Integer, Heard> heard = new ConcurrentHashMap<>();
  private final Map<Integer, Integer> regionLeaders = new ConcurrentHashMap<>();
  private volatile long trackingSinceMs;

  private record Heard(long atMs, NodeStatus reported) {}

  public NodeStatusTracker(Clock clock, Duration unknownAfter) {
    this.clock = clock;
    this.unknownAfterMs = unknownAfter.toMillis();
    this.trackingSinceMs = clock.millis();
  }

  /** Forgets everything; called when this node becomes the leader. */
  public void reset() {
    heard.clear();
    regionLeaders.clear();
    trackingSinceMs = clock.millis();
  }

  /** The node answered now, reporting {@code reported}. */
  public void heard(int nodeId, NodeStatus reported) {
    heard.put(nodeId, new Heard(clock.millis(), reported));
  }

  public NodeStatus status(int nodeId) {
    Heard h = heard.get(nodeId);
    long last = h == null ? trackingSinceMs : h.atMs;
    if (clock.millis() - last > unknownAfterMs) {
      return NodeStatus.UNKNOWN;
    }
    return h == null ? NodeStatus.RUNNING : h.reported;
  }

  /** Whether new regions may be placed on the node. */
  public boolean isAvailable(int nodeId) {
    return status(nodeId) == NodeStatus.RUNNING;
  }

  /** Milliseconds since the node last answered (or since tracking began). */
  public long silentForMs(int nodeId) {
    Heard h = heard.get(nodeId);
    return clock.millis() - (h == null ? trackingSinceMs : h.atMs);
  }

  /** The DataNode says it leads exactly {@code regionIds}. */
  public void regionLeaders(int dataNodeId, List<Integer> regionIds) {
    regionLeaders.values().removeIf(n -> n == dataNodeId);
    regionIds.forEach(r -> regionLeaders.put(r, dataNodeId));
  }

  /** The DataNode that last said it leads the region, if any. */
  public Optional<Integer> regionLeader(int regionId) {
    return Optional.ofNullable(regionLeaders.get(regionId));
  }

  public void forget(int nodeId) {
    heard.remove(nodeId);
    regionLeaders.values().removeIf(n -> n == nodeId);
  }
}
