package org.stratadb.datanode.partition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.datanode.cluster.ConfigNodeAnswers;
import org.stratadb.datanode.cluster.ConfigNodeClient;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.TDataPartitionReq;
import org.stratadb.protocol.confignode.TDataPartitionResp;
import org.stratadb.protocol.confignode.TDatabaseRegions;
import org.stratadb.protocol.confignode.TRegionRoutesReq;
import org.stratadb.protocol.confignode.TRegionRoutesResp;
import org.stratadb.protocol.confignode.TSchemaPartitionReq;
import org.stratadb.protocol.confignode.TSchemaPartitionResp;
import org.stratadb.protocol.confignode.TSeriesSlotRegions;
import org.stratadb.protocol.confignode.TSeriesSlotTimes;
import org.stratadb.protocol.confignode.TTimeSlotRegion;

/**
 * This DataNode's cache of the partition table. A device's route is asked of the ConfigNode once
 * (get-or-create) and then answered from memory, so a steady write stream costs one hash lookup per
 * device and time slot. Entries of a database are dropped when the ConfigNode says it changed.
 */
public final class PartitionCache {
  private final ConfigNodeClient configNodes;
  private final PartitionSlots slots;
  private final boolean autoCreateDatabases;
  private final int databaseLevel;
  private final Map<String, DeviceRoute> routes = new ConcurrentHashMap<>();

  /**
   * @param autoCreateDatabases whether a device under no database creates one
   * @param databaseLevel the level of a created database (root.sg is 1)
   */
  public PartitionCache(
      ConfigNodeClient configNodes,
      PartitionSlots slots,
      boolean autoCreateDatabases,
      int databaseLevel) {
    this.configNodes = configNodes;
    this.slots = slots;
    this.autoCreateDatabases = autoCreateDatabases;
    this.databaseLevel = databaseLevel;
  }

  public PartitionSlots slots() {
    return slots;
  }

  /**
   * The route of a device for a write: its database (created if allowed) and schema region.
   *
   * @throws StrataException DATABASE_NOT_EXIST if the device is under no database and none may be
   *     created
   */
  public DeviceRoute routeForWrite(String device) {
    DeviceRoute route = routes.get(device);
    return route != null ? route : fetchRoute(device, true);
  }

  /** The route of a device if it is under a database; never creates anything. */
  public java.util.Optional<DeviceRoute> routeForRead(String device) {
    DeviceRoute route = routes.get(device);
    if (route != null) {
      return java.util.Optional.of(route);
    }
    try {
      return java.util.Optional.of(fetchRoute(device, false));
    } catch (StrataException e) {
      if (e.statusCode() == StatusCode.DATABASE_NOT_EXIST) {
        return java.util.Optional.empty();
      }
      throw e;
    }
  }

  private DeviceRoute fetchRoute(String device, boolean create) {
    TSchemaPartitionReq req = new TSchemaPartitionReq(List.of(device), create);
    if (create && autoCreateDatabases) {
      req.setAutoCreateDatabaseLevel(databaseLevel);
    }
    TSchemaPartitionResp resp =
        configNodes.call(
            "get schema partition", c -> c.getOrCreateSchemaPartition(req), r -> r.getStatus());
    ConfigNodeAnswers.check(resp.getStatus());
    String database = resp.isSetDeviceToDatabase() ? resp.getDeviceToDatabase().get(device) : null;
    if (database == null) {
      throw new StrataException(
          StatusCode.DATABASE_NOT_EXIST,
          "Database is not set for current seriesPath: [" + device + "]");
    }
    int slot = slots.seriesSlot(device);
    int schemaRegion = -1;
    Map<Integer, TConsensusGroupId> bySlot =
        resp.isSetPartitions() ? resp.getPartitions().get(database) : null;
    if (bySlot != null && bySlot.get(slot) != null) {
      schemaRegion = bySlot.get(slot).getId();
    }
    if (schemaRegion < 0 && create) {
      throw new StrataException(
          StatusCode.INTERNAL_SERVER_ERROR,
          "the ConfigNode gave no schema region for " + device + " (slot " + slot + ")");
    }
    DeviceRoute route = new DeviceRoute(device, database, slot, schemaRegion);
    if (schemaRegion >= 0) {
      routes.put(device, route);
    }
    return route;
  }

  /**
   * The data region that holds (or will hold) the device's points of {@code timeSlot}.
   *
   * @param create whether to allocate the partition if the ConfigNode has none yet
   * @return the region id, or -1 if none exists and create is false
   */
  public int dataRegion(DeviceRoute route, long timeSlot, boolean create) {
    int cached = route.cachedDataRegion(timeSlot);
    if (cached >= 0) {
      return cached;
    }
    TSeriesSlotTimes wanted = new TSeriesSlotTimes(route.seriesSlot(), List.of(timeSlot));
    TDataPartitionReq req =
        new TDataPartitionReq(Map.of(route.database(), List.of(wanted)), create);
    TDataPartitionResp resp =
        configNodes.call(
            "get data partition", c -> c.getOrCreateDataPartition(req), r -> r.getStatus());
    ConfigNodeAnswers.check(resp.getStatus());
    List<TSeriesSlotRegions> bySlot =
        resp.isSetPartitions() ? resp.getPartitions().get(route.database()) : null;
    if (bySlot != null) {
      for (TSeriesSlotRegions s : bySlot) {
        for (TTimeSlotRegion t : s.getTimeSlots()) {
          if (s.getSeriesSlot() == route.seriesSlot()) {
            route.remember(t.getTimeSlot(), t.getRegionId().getId());
          }
        }
      }
    }
    int region = route.cachedDataRegion(timeSlot);
    if (region < 0 && create) {
      throw new StrataException(
          StatusCode.INTERNAL_SERVER_ERROR,
          "the ConfigNode gave no data region for " + route.device() + " at time slot " + timeSlot);
    }
    return region;
  }

  /**
   * Every time slot of the device's series slot that has a data region, with that region, as the
   * ConfigNode knows it now. Asked each time, because other DataNodes may have added slots.
   */
  public Map<Long, Integer> assignedTimeSlots(DeviceRoute route) {
    TSeriesSlotTimes all = new TSeriesSlotTimes(route.seriesSlot(), List.of());
    TDataPartitionReq req = new TDataPartitionReq(Map.of(route.database(), List.of(all)), false);
    TDataPartitionResp resp =
        configNodes.call(
            "get data partition", c -> c.getOrCreateDataPartition(req), r -> r.getStatus());
    ConfigNodeAnswers.check(resp.getStatus());
    Map<Long, Integer> slotsToRegions = new java.util.TreeMap<>();
    List<TSeriesSlotRegions> bySlot =
        resp.isSetPartitions() ? resp.getPartitions().get(route.database()) : null;
    if (bySlot != null) {
      for (TSeriesSlotRegions s : bySlot) {
        if (s.getSeriesSlot() != route.seriesSlot()) {
          continue;
        }
        for (TTimeSlotRegion t : s.getTimeSlots()) {
          slotsToRegions.put(t.getTimeSlot(), t.getRegionId().getId());
          route.remember(t.getTimeSlot(), t.getRegionId().getId());
        }
      }
    }
    return slotsToRegions;
  }

  /** Every region of the databases matching the patterns, asked of the ConfigNode each time. */
  public List<TDatabaseRegions> regionsOf(Collection<String> pathPatterns) {
    TRegionRoutesReq req = new TRegionRoutesReq(new ArrayList<>(pathPatterns));
    TRegionRoutesResp resp =
        configNodes.call("get region routes", c -> c.getRegionRoutes(req), r -> r.getStatus());
    ConfigNodeAnswers.check(resp.getStatus());
    return resp.isSetDatabases() ? resp.getDatabases() : List.of();
  }

  /** The data region ids among {@code sets}. */
  public static List<Integer> ids(List<TRegionReplicaSet> sets) {
    List<Integer> ids = new ArrayList<>(sets.size());
    for (TRegionReplicaSet set : sets) {
      ids.add(set.getRegionId().getId());
    }
    return ids;
  }

  /** Forgets everything cached about the databases. */
  public void invalidate(Collection<String> databases) {
    routes.values().removeIf(route -> databases.contains(route.database()));
  }

  /** Forgets everything. */
  public void invalidateAll() {
    routes.clear();
  }
}
