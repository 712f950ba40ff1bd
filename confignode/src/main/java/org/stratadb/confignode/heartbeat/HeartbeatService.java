package org.stratadb.confignode.heartbeat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.thrift.TException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.confignode.client.ConfigNodeClients;
import org.stratadb.confignode.client.DataNodeClients;
import org.stratadb.confignode.client.Endpoints;
import org.stratadb.confignode.consensus.ConfigRegion;
import org.stratadb.confignode.state.ClusterState;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.confignode.TConfigNodeHeartbeatReq;
import org.stratadb.protocol.confignode.TConfigNodeHeartbeatResp;
import org.stratadb.protocol.datanode.TDataNodeHeartbeatReq;
import org.stratadb.protocol.datanode.TDataNodeHeartbeatResp;

/**
 * While this ConfigNode leads, heartbeats every DataNode and every other ConfigNode once per
 * interval, at most one call in flight per node, and records the answers in the {@link
 * NodeStatusTracker}. Logs each node's change of status once.
 */
public final class HeartbeatService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HeartbeatService.class);

  private final int selfId;
  private final ClusterState state;
  private final ConfigRegion region;
  private final NodeStatusTracker tracker;
  private final DataNodeClients dataNodes;
  private final ConfigNodeClients configNodes;
  private final Clock clock;
  private final Duration interval;
  private final Duration callTimeout;
  private final ScheduledExecutorService ticker;
  private final ExecutorService senders;
  private final Set<Integer> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<Integer, NodeStatus> logged = new HashMap<>();
  private volatile boolean leading;

  public HeartbeatService(
      int selfId,
      ClusterState state,
      ConfigRegion region,
      NodeStatusTracker tracker,
      DataNodeClients dataNodes,
      ConfigNodeClients configNodes,
      Clock clock,
      Duration interval) {
    this.selfId = selfId;
    this.state = state;
    this.region = region;
    this.tracker = tracker;
    this.dataNodes = dataNodes;
    this.configNodes = configNodes;
    this.clock = clock;
    this.interval = interval;
    this.callTimeout = Duration.ofMillis(Math.max(200, Math.min(10_000, 2 * interval.toMillis())));
    this.ticker = Executors.newSingleThreadScheduledExecutor(threads("cn" + selfId + "-heartbeat"));
    this.senders = Executors.newCachedThreadPool(threads("cn" + selfId + "-heartbeat-call"));
  }

  public void start() {
    ticker.scheduleWithFixedDelay(this::tickSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.warn("Heartbeat round failed: {}", e.toString());
    }
  }

  private void tick() {
    if (!region.isLeader()) {
      if (leading) {
        leading = false;
        logged.clear();
        LOG.info("ConfigNode {} is no longer the leader; heartbeats stop", selfId);
      }
      return;
    }
    if (!leading) {
      leading = true;
      tracker.reset();
      LOG.info("ConfigNode {} leads the cluster; heartbeats start", selfId);
    }
    List<TDataNodeLocation> dns = new ArrayList<>();
    List<TConfigNodeLocation> cns = new ArrayList<>();
    state.read(
        v -> {
          v.dataNodes().forEach(n -> dns.add(n.getLocation().deepCopy()));
          v.configNodes().forEach(n -> cns.add(n.getLocation().deepCopy()));
          return null;
        });
    for (TDataNodeLocation dn : dns) {
      send(dn.getDataNodeId(), () -> heartbeat(dn, cns));
    }
    for (TConfigNodeLocation cn : cns) {
      if (cn.getConfigNodeId() != selfId) {
        send(cn.getConfigNodeId(), () -> heartbeat(cn));
      }
    }
    logTransitions(dns, cns);
  }

  private void send(int nodeId, Runnable call) {
    if (!inFlight.add(nodeId)) {
      return;
    }
    try {
      senders.execute(
          () -> {
            try {
              call.run();
            } finally {
              inFlight.remove(nodeId);
            }
          });
    } catch (RejectedExecutionException e) {
      inFlight.remove(nodeId);
    }
  }

  private void heartbeat(TDataNodeLocation dn, List<TConfigNodeLocation> cns) {
    TDataNodeHeartbeatReq req =
        new TDataNodeHeartbeatReq(clock.millis(), selfId).setConfigNodes(cns);
    try {
      TDataNodeHeartbeatResp resp = dataNodes.heartbeat(dn, req, callTimeout);
      if (resp.getStatus().getCode() != StatusCode.SUCCESS_STATUS.code()) {
        LOG.debug("DataNode {} answered a heartbeat with {}", dn.getDataNodeId(), resp.getStatus());
        return;
      }
      tracker.heard(dn.getDataNodeId(), NodeStatus.reported(resp.getNodeStatus()));
      if (resp.isSetLeaderRegions()) {
        tracker.regionLeaders(
            dn.getDataNodeId(),
            resp.getLeaderRegions().stream().map(TConsensusGroupId::getId).toList());
      }
    } catch (TException e) {
      LOG.debug("DataNode {} missed a heartbeat: {}", dn.getDataNodeId(), e.toString());
    }
  }

  private void heartbeat(TConfigNodeLocation cn) {
    try {
      TConfigNodeHeartbeatResp resp =
          configNodes.heartbeat(
              Endpoints.of(cn.getInternalEndPoint()),
              new TConfigNodeHeartbeatReq(clock.millis()),
              callTimeout);
      if (resp.getStatus().getCode() == StatusCode.SUCCESS_STATUS.code()) {
        tracker.heard(cn.getConfigNodeId(), NodeStatus.RUNNING);
      }
    } catch (TException e) {
      LOG.debug("ConfigNode {} missed a heartbeat: {}", cn.getConfigNodeId(), e.toString());
    }
  }

  private void logTransitions(List<TDataNodeLocation> dns, List<TConfigNodeLocation> cns) {
    for (TDataNodeLocation dn : dns) {
      logTransition("DataNode", dn.getDataNodeId());
    }
    for (TConfigNodeLocation cn : cns) {
      if (cn.getConfigNodeId() != selfId) {
        logTransition("ConfigNode", cn.getConfigNodeId());
      }
    }
  }

  private void logTransition(String kind, int nodeId) {
    NodeStatus now = tracker.status(nodeId);
    NodeStatus before = logged.put(nodeId, now);
    if (before == null || before == now) {
      if (before == null && now == NodeStatus.UNKNOWN) {
        LOG.warn("{} {} is Unknown: it has not answered heartbeats", kind, nodeId);
      }
      return;
    }
    if (now == NodeStatus.UNKNOWN) {
      LOG.warn(
          "{} {} is Unknown: no heartbeat answer for {} ms",
          kind,
          nodeId,
          tracker.silentForMs(nodeId));
    } else {
      LOG.info("{} {} is {} again", kind, nodeId, now.text());
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    senders.shutdownNow();
    try {
      ticker.awaitTermination(5, TimeUnit.SECONDS);
      senders.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
