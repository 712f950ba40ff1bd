package org.stratadb.confignode.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.cluster.ClusterConfig;
import org.stratadb.commons.cluster.RegionGroupExtensionPolicy;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.confignode.state.ClusterStateView;
import org.stratadb.confignode.state.RegionGroup;
import org.stratadb.confignode.state.StateRecords;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TCreateRegionGroupsCommand;
import org.stratadb.protocol.confignode.state.TDatabaseRecord;
import org.stratadb.protocol.confignode.state.TRegionGroupRecord;
import org.stratadb.protocol.datanode.TCreateRegionReq;

/**
 * Gives a database the region groups it needs: decides how many (the extension policy), where (the
 * least-loaded running DataNodes), records them through consensus, then asks the DataNodes to
 * create the replicas. Groups whose replicas are not all created yet are retried on the next call.
 * Callers hold the write lock.
 */
final class RegionGroupAllocator {
  private static final Logger LOG = LoggerFactory.getLogger(RegionGroupAllocator.class);

  /** Schema regions each DataNode is meant to hold under AUTO; IoTDB has no key for it. */
  private static final double SCHEMA_REGION_PER_DATA_NODE = 1.0;

  private final ServiceContext ctx;
  private final Set<Integer> unconfirmed = ConcurrentHashMap.newKeySet();

  RegionGroupAllocator(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Makes sure the database has its region groups of {@code type}, created on their DataNodes.
   *
   * @return the database's groups of that type
   * @throws StrataException NO_ENOUGH_DATANODE if it has none and too few DataNodes run,
   *     CREATE_REGION_ERROR if most replicas of a group could not be created
   */
  List<RegionGroup> ensure(String database, ConsensusGroupId.Type type) {
    List<TRegionGroupRecord> planned = ctx.state().read(v -> plan(v, database, type));
    if (!planned.isEmpty()) {
      ctx.region()
          .write(
              TConfigCommand.createRegionGroups(
                  new TCreateRegionGroupsCommand(new ArrayList<>(planned))));
      planned.forEach(g -> unconfirmed.add(g.getRegionId().getId()));
      LOG.info(
          "Allocated {} {} groups for {}: {}",
          planned.size(),
          type,
          database,
          planned.stream().map(g -> g.getRegionId().getId() + "@" + g.getDataNodeIds()).toList());
    }
    createPending(database, type);
    return ctx.state().read(v -> v.regionGroups(database, type));
  }

  private List<TRegionGroupRecord> plan(
      ClusterStateView v, String database, ConsensusGroupId.Type type) {
    TDatabaseRecord db =
        v.database(database)
            .orElseThrow(
                () ->
                    new StrataException(
                        StatusCode.DATABASE_NOT_EXIST, "Database " + database + " does not exist"));
    int existing = v.regionGroups(database, type).size();
    int wanted = targetCount(v, db, type) - existing;
    if (wanted <= 0) {
      return List.of();
    }
    boolean schema = type == ConsensusGroupId.Type.SCHEMA_REGION;
    int factor = schema ? db.getSchemaReplicationFactor() : db.getDataReplicationFactor();
    List<Integer> running = new ArrayList<>();
    v.dataNodes().forEach(n -> running.add(n.getLocation().getDataNodeId()));
    running.removeIf(id -> !ctx.statuses().isAvailable(id));
    if (running.size() < factor) {
      if (existing > 0) {
        return List.of(); // serve with the groups there are until more DataNodes run
      }
      throw new StrataException(
          StatusCode.NO_ENOUGH_DATANODE,
          "cannot create a "
              + type
              + " of "
              + database
              + ": it needs "
              + factor
              + " running DataNodes (the replication factor) but "
              + running.size()
              + " are running");
    }
    Map<Integer, int[]> load = load(v, type, running);
    List<TRegionGroupRecord> out = new ArrayList<>();
    long now = ctx.clock().millis();
    for (int i = 0; i < wanted; i++) {
      List<Integer> replicas = leastLoaded(load, factor);
      int id = v.nextRegionId() + i;
      out.add(
          new TRegionGroupRecord(
              StateRecords.groupId(new ConsensusGroupId(type, id)), database, replicas, now));
    }
    return out;
  }

  /** How many groups of the type the database should have now. */
  private int targetCount(ClusterStateView v, TDatabaseRecord db, ConsensusGroupId.Type type) {
    ClusterConfig cluster = ctx.config().cluster();
    boolean schema = type == ConsensusGroupId.Type.SCHEMA_REGION;
    int min = schema ? db.getMinSchemaRegionGroupNum() : db.getMinDataRegionGroupNum();
    RegionGroupExtensionPolicy policy =
        schema
            ? cluster.schemaRegionGroupExtensionPolicy()
            : cluster.dataRegionGroupExtensionPolicy();
    if (policy == RegionGroupExtensionPolicy.CUSTOM) {
      return min;
    }
    double perNode = schema ? SCHEMA_REGION_PER_DATA_NODE : cluster.dataRegionPerDataNode();
    int factor = schema ? db.getSchemaReplicationFactor() : db.getDataReplicationFactor();
    int databases = Math.max(1, v.databases().size());
    int share = (int) Math.floor(v.dataNodes().size() * perNode / (databases * factor));
    return Math.max(min, share);
  }

  /** Per running node: replicas of this type, then replicas of any type. */
  private static Map<Integer, int[]> load(
      ClusterStateView v, ConsensusGroupId.Type type, List<Integer> running) {
    Map<Integer, int[]> load = new HashMap<>();
    running.forEach(id -> load.put(id, new int[2]));
    for (RegionGroup g : v.regionGroups()) {
      for (int node : g.dataNodeIds()) {
        int[] l = load.get(node);
        if (l != null) {
          l[0] += g.id().type() == type ? 1 : 0;
          l[1]++;
        }
      }
    }
    return load;
  }

  private static List<Integer> leastLoaded(Map<Integer, int[]> load, int count) {
    List<Integer> picked =
        load.keySet().stream()
            .sorted(
                Comparator.<Integer>comparingInt(id -> load.get(id)[0])
                    .thenComparingInt(id -> load.get(id)[1])
                    .thenComparingInt(id -> id))
            .limit(count)
            .toList();
    picked.forEach(
        id -> {
          load.get(id)[0]++;
          load.get(id)[1]++;
        });
    return picked;
  }

  private void createPending(String database, ConsensusGroupId.Type type) {
    List<TRegionReplicaSet> pending = new ArrayList<>();
    TDatabaseRecord db =
        ctx.state()
            .read(
                v -> {
                  for (RegionGroup g : v.regionGroups(database, type)) {
                    if (unconfirmed.contains(g.id().id())) {
                      pending.add(Replicas.replicaSet(v, g));
                    }
                  }
                  return v.database(database).map(TDatabaseRecord::deepCopy).orElse(null);
                });
    if (db == null) {
      return;
    }
    List<String> failures = new ArrayList<>();
    for (TRegionReplicaSet set : pending) {
      List<String> failed = createReplicas(db, set, type == ConsensusGroupId.Type.SCHEMA_REGION);
      int replicas = set.getDataNodeLocations().size();
      if (failed.isEmpty()) {
        unconfirmed.remove(set.getRegionId().getId());
      }
      if (failed.size() * 2 >= replicas) {
        failures.addAll(failed);
      }
    }
    if (!failures.isEmpty()) {
      throw new StrataException(StatusCode.CREATE_REGION_ERROR, String.join("; ", failures));
    }
  }

  /** Creates every replica; returns why each failed one failed. */
  private List<String> createReplicas(TDatabaseRecord db, TRegionReplicaSet set, boolean schema) {
    TCreateRegionReq req = new TCreateRegionReq(set, db.getName());
    if (db.getTtl() != Long.MAX_VALUE) {
      req.setTtl(db.getTtl());
    }
    List<CompletableFuture<String>> calls = new ArrayList<>();
    for (TDataNodeLocation node : set.getDataNodeLocations()) {
      calls.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  ctx.dataNodes().createRegion(node, req, schema);
                  return null;
                } catch (StrataException e) {
                  return e.getMessage();
                }
              },
              ctx.regionOps()));
    }
    List<String> failed = new ArrayList<>();
    for (CompletableFuture<String> call : calls) {
      try {
        String why = call.join();
        if (why != null) {
          failed.add(why);
        }
      } catch (CompletionException e) {
        failed.add(String.valueOf(e.getCause()));
      }
    }
    failed.forEach(f -> LOG.warn("Region creation failed: {}", f));
    return failed;
  }
}
