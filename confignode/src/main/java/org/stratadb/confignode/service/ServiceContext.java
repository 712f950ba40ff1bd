package org.stratadb.confignode.service;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import org.stratadb.confignode.client.DataNodeClients;
import org.stratadb.confignode.conf.ConfigNodeConfig;
import org.stratadb.confignode.consensus.ConfigRegion;
import org.stratadb.confignode.heartbeat.NodeStatusTracker;
import org.stratadb.confignode.state.ClusterState;

/**
 * What the request handlers share.
 *
 * @param writeLock held by a leader while it decides and proposes a change, so that two requests
 *     never take the same id or slot
 * @param regionOps runs the requests to DataNodes that create or delete regions
 */
public record ServiceContext(
    ConfigNodeConfig config,
    ClusterState state,
    ConfigRegion region,
    NodeStatusTracker statuses,
    DataNodeClients dataNodes,
    Clock clock,
    ReentrantLock writeLock,
    ExecutorService regionOps) {

  /** Runs {@code body} under the write lock. */
  public <T> T locked(java.util.function.Supplier<T> body) {
    writeLock.lock();
    try {
      return body.get();
    } finally {
      writeLock.unlock();
    }
  }
}
