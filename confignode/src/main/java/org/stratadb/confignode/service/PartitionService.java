package org.stratadb.confignode.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;
import org.stratadb.confignode.state.ClusterStateView;
import org.stratadb.confignode.state.RegionGroup;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.TDatabaseRegions;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TRegionRoutesResp;
import org.stratadb.protocol.confignode.TSchemaPartitionReq;
import org.stratadb.protocol.confignode.TSchemaPartitionResp;
import org.stratadb.protocol.confignode.state.TAssignSchemaSlotsCommand;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TDatabaseRecord;

/**
 * The partition table as DataNodes ask for it: the schema region of each device's series slot, the
 * region routes of whole databases, and (in {@link DataPartitionService}) data regions. A slot
 * asked for with {@code create} that has no region yet gets one, and its database gets region
 * groups on first need.
 *
 * <p>A device's series slot is computed from its canonical path text ({@link
 * PartialPath#toString()}), as DataNodes do.
 */
public final class PartitionService {
  private final ServiceContext ctx;
  private final DatabaseService databases;
  private final RegionGroupAllocator allocator;

  public PartitionService(ServiceContext ctx, DatabaseService databases) {
    this.ctx = ctx;
    this.databases = databases;
    this.allocator = new RegionGroupAllocator(ctx);
  }

  RegionGroupAllocator allocator() {
    return allocator;
  }

  public TSchemaPartitionResp getOrCreateSchemaPartition(TSchemaPartitionReq req) {
    ctx.region().requireLeader();
    Map<String, PartialPath> devices = new LinkedHashMap<>();
    for (String d : req.getDevicePaths()) {
      devices.put(d, PartialPath.parseFull(d));
    }
    Map<String, String> deviceToDb = resolve(devices);
    int level = req.isSetAutoCreateDatabaseLevel() ? req.getAutoCreateDatabaseLevel() : 0;
    if (req.isCreate() && level > 0 && deviceToDb.size() < devices.size()) {
      autoCreateDatabases(devices, deviceToDb, level);
      deviceToDb = resolve(devices);
    }
    Map<String, Set<Integer>> slots = new TreeMap<>();
    deviceToDb.forEach(
        (device, db) ->
            slots
                .computeIfAbsent(db, k -> new TreeSet<>())
                .add(slots(db).seriesSlot(devices.get(device).toString())));
    if (req.isCreate()) {
      slots.forEach(this::assignSchemaSlots);
    }
    Map<String, String> found = deviceToDb;
    return ctx.state().read(v -> schemaResponse(v, slots, found));
  }

  private Map<String, String> resolve(Map<String, PartialPath> devices) {
    return ctx.state()
        .read(
            v -> {
              Map<String, String> out = new LinkedHashMap<>();
              devices.forEach(
                  (text, path) -> v.databaseOf(path).ifPresent(db -> out.put(text, db)));
              return out;
            });
  }

  private void autoCreateDatabases(
      Map<String, PartialPath> devices, Map<String, String> deviceToDb, int level) {
    Set<String> toCreate = new TreeSet<>();
    devices.forEach(
        (text, path) -> {
          if (deviceToDb.containsKey(text)) {
            return;
          }
          if (path.length() <= level) {
            throw new StrataException(
                StatusCode.ILLEGAL_PATH,
                text
                    + " is not a legal path, because it is no longer than default sg level: "
                    + level);
          }
          toCreate.add(path.prefix(level + 1).toString());
        });
    for (String db : toCreate) {
      try {
        databases.setDatabase(new TDatabaseSchema(db));
      } catch (StrataException e) {
        if (e.statusCode() != StatusCode.DATABASE_ALREADY_EXISTS) {
          throw e;
        }
      }
    }
  }

  private void assignSchemaSlots(String db, Set<Integer> wanted) {
    if (ctx.state().read(v -> missingSchemaSlots(v, db, wanted)).isEmpty()) {
      return;
    }
    ctx.locked(
        () -> {
          List<Integer> missing = ctx.state().read(v -> missingSchemaSlots(v, db, wanted));
          if (missing.isEmpty()) {
            return null;
          }
          List<RegionGroup> groups = allocator.ensure(db, ConsensusGroupId.Type.SCHEMA_REGION);
          if (groups.isEmpty()) {
            throw noRegionGroup(db);
          }
          Map<Integer, Integer> assignment =
              SlotAssigner.schemaSlots(
                  missing, groups, ctx.state().read(v -> new HashMap<>(v.slotCounts(db))));
          ctx.region()
              .write(
                  TConfigCommand.assignSchemaSlots(
                      new TAssignSchemaSlotsCommand(db, new HashMap<>(assignment))));
          return null;
        });
  }

  private static List<Integer> missingSchemaSlots(
      ClusterStateView v, String db, Set<Integer> wanted) {
    return wanted.stream().filter(s -> v.schemaRegionOf(db, s).isEmpty()).toList();
  }

  static StrataException noRegionGroup(String db) {
    return new StrataException(
        StatusCode.NO_AVAILABLE_REGION_GROUP, "database " + db + " has no region group yet");
  }

  private static TSchemaPartitionResp schemaResponse(
      ClusterStateView v, Map<String, Set<Integer>> slots, Map<String, String> deviceToDb) {
    Map<String, Map<Integer, TConsensusGroupId>> partitions = new HashMap<>();
    Set<Integer> regionIds = new TreeSet<>();
    slots.forEach(
        (db, wanted) -> {
          Map<Integer, TConsensusGroupId> owned = new HashMap<>();
          for (int slot : wanted) {
            v.schemaRegionOf(db, slot)
                .ifPresent(
                    r -> {
                      owned.put(slot, new TConsensusGroupId(TConsensusGroupType.SCHEMA_REGION, r));
                      regionIds.add(r);
                    });
          }
          partitions.put(db, owned);
        });
    return new TSchemaPartitionResp()
        .setPartitions(partitions)
        .setRegions(Replicas.replicaSets(v, regionIds))
        .setDeviceToDatabase(new HashMap<>(deviceToDb));
  }

  /** Slot math with the database's own time partition interval. */
  PartitionSlots slots(String db) {
    long interval =
        ctx.state()
            .read(v -> v.database(db).map(TDatabaseRecord::getTimePartitionInterval))
            .orElse(ctx.config().cluster().timePartitionInterval());
    return new PartitionSlots(ctx.config().cluster().seriesSlotNum(), interval);
  }

  /** Every region of every database a pattern may reach. */
  public TRegionRoutesResp getRegionRoutes(List<String> pathPatterns) {
    ctx.region().requireLeader();
    List<PathPattern> patterns = pathPatterns.stream().map(PathPattern::parse).toList();
    return ctx.state()
        .read(
            v -> {
              List<TDatabaseRegions> out = new ArrayList<>();
              for (TDatabaseRecord d : v.databases()) {
                PartialPath db = PartialPath.parse(d.getName());
                if (patterns.stream().anyMatch(p -> p.mayMatchBelow(db))) {
                  out.add(
                      new TDatabaseRegions(
                          d.getName(),
                          sets(v, d.getName(), ConsensusGroupId.Type.SCHEMA_REGION),
                          sets(v, d.getName(), ConsensusGroupId.Type.DATA_REGION)));
                }
              }
              return new TRegionRoutesResp().setDatabases(out);
            });
  }

  private static List<TRegionReplicaSet> sets(
      ClusterStateView v, String db, ConsensusGroupId.Type type) {
    return v.regionGroups(db, type).stream().map(g -> Replicas.replicaSet(v, g)).toList();
  }
}
