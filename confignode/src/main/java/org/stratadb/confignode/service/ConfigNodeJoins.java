package org.stratadb.confignode.service;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.confignode.client.Endpoints;
import org.stratadb.confignode.consensus.ConfigRegion;
import org.stratadb.confignode.heartbeat.NodeStatus;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.Peer;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.confignode.TConfigNodeJoinReq;
import org.stratadb.protocol.confignode.state.TAddConfigNodeCommand;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;

/**
 * The leader's side of a ConfigNode joining the group. The first request starts adding the node's
 * peer in the background (Ratis brings it up to date first, which may take a while) and answers at
 * once; the joining node asks again until it is a member. A failed attempt is reported to the next
 * request, and the one after starts a new attempt.
 */
final class ConfigNodeJoins {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigNodeJoins.class);

  private final ServiceContext ctx;
  private final Map<Integer, CompletableFuture<Void>> adding = new ConcurrentHashMap<>();

  ConfigNodeJoins(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * @return true once the node is a member, false while it is being added
   * @throws StrataException ADD_CONFIGNODE_ERROR if its id was not reserved, or the last attempt to
   *     add it failed (the next call starts a new one)
   */
  boolean join(TConfigNodeJoinReq req) {
    ctx.region().requireLeader();
    TConfigNodeLocation loc = req.getLocation();
    int id = loc.getConfigNodeId();
    if (ctx.state().read(v -> v.configNode(id).isPresent())) {
      adding.remove(id);
      return true;
    }
    boolean reserved =
        ctx.state().read(v -> id >= 0 && id < v.nextNodeId() && v.dataNode(id).isEmpty());
    if (!reserved) {
      throw new StrataException(
          StatusCode.ADD_CONFIGNODE_ERROR, "node id " + id + " was not given to a ConfigNode");
    }
    CompletableFuture<Void> attempt = adding.get(id);
    if (attempt != null && attempt.isDone()) {
      adding.remove(id, attempt);
      failure(attempt, id);
      return ctx.state().read(v -> v.configNode(id).isPresent());
    }
    adding.computeIfAbsent(
        id, k -> CompletableFuture.runAsync(() -> add(req.deepCopy()), ctx.regionOps()));
    return false;
  }

  private static void failure(CompletableFuture<Void> attempt, int id) {
    try {
      attempt.get();
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StrataException(
          StatusCode.ADD_CONFIGNODE_ERROR,
          "ConfigNode " + id + " could not be added to the group: " + cause.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(StatusCode.ADD_CONFIGNODE_ERROR, "interrupted");
    }
  }

  private void add(TConfigNodeJoinReq req) {
    TConfigNodeLocation loc = req.getLocation();
    int id = loc.getConfigNodeId();
    Peer peer = ConfigRegion.peer(id, Endpoints.of(loc.getConsensusEndPoint()));
    ctx.locked(
        () -> {
          try {
            ctx.region().consensus().addRemotePeer(ConfigRegion.GROUP, peer);
          } catch (ConsensusException e) {
            LOG.warn("ConfigNode {} could not be added to the group: {}", id, e.getMessage());
            throw new CompletionException(e);
          }
          TConfigNodeRecord record = new TConfigNodeRecord(loc);
          if (req.isSetVersionInfo()) {
            record.setVersionInfo(req.getVersionInfo());
          }
          ctx.region().write(TConfigCommand.addConfigNode(new TAddConfigNodeCommand(record)));
          return null;
        });
    ctx.statuses().heard(id, NodeStatus.RUNNING);
    LOG.info(
        "ConfigNode {} at {} joined the cluster", id, Endpoints.text(loc.getInternalEndPoint()));
  }
}
