package org.stratadb.consensus.ratis;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.retry.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Ratis client per group, made on first use and kept: it forwards writes from a follower to the
 * leader and sends membership and leadership changes to whichever peer leads. A client learns a new
 * leader from the NotLeader answers it gets; after a membership change it is rebuilt so that it
 * knows every peer.
 */
final class GroupClients implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupClients.class);

  private final RaftProperties properties;
  private final RetryPolicy retryPolicy;
  private final Map<RaftGroupId, RaftClient> clients = new ConcurrentHashMap<>();

  GroupClients(RaftProperties properties, RetryPolicy retryPolicy) {
    this.properties = properties;
    this.retryPolicy = retryPolicy;
  }

  RaftClient get(RaftGroupId id, Supplier<RaftGroup> group) {
    return clients.computeIfAbsent(
        id,
        k ->
            RaftClient.newBuilder()
                .setClientId(ClientId.randomId())
                .setRaftGroup(group.get())
                .setProperties(properties)
                .setRetryPolicy(retryPolicy)
                .build());
  }

  /** Closes the group's client, if any; the next {@link #get} makes a fresh one. */
  void invalidate(RaftGroupId id) {
    RaftClient c = clients.remove(id);
    if (c != null) {
      closeQuietly(c);
    }
  }

  @Override
  public void close() {
    for (RaftGroupId id : clients.keySet()) {
      invalidate(id);
    }
  }

  private static void closeQuietly(RaftClient c) {
    try {
      c.close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Closing a Ratis client failed: {}", e.toString());
    }
  }
}
