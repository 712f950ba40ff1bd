package org.stratadb.confignode.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.confignode.state.ClusterStateView;
import org.stratadb.confignode.state.RegionGroup;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.confignode.TDataPartitionReq;
import org.stratadb.protocol.confignode.TDataPartitionResp;
import org.stratadb.protocol.confignode.TSeriesSlotRegions;
import org.stratadb.protocol.confignode.TSeriesSlotTimes;
import org.stratadb.protocol.confignode.TTimeSlotRegion;
import org.stratadb.protocol.confignode.state.TAssignDataSlotsCommand;
import org.stratadb.protocol.confignode.state.TConfigCommand;

/**
 * The data partition table: the data region of each (series slot, time slot) of a database. Time
 * slots are normalised to the start of their partition. Without {@code create}, a series slot asked
 * for with no time slots gets every time slot assigned so far.
 */
public final class DataPartitionService {
  private final ServiceContext ctx;
  private final PartitionService partitions;

  public DataPartitionService(ServiceContext ctx, PartitionService partitions) {
    this.ctx = ctx;
    this.partitions = partitions;
  }

  public TDataPartitionResp getOrCreateDataPartition(TDataPartitionReq req) {
    ctx.region().requireLeader();
    Map<String, Map<Integer, Set<Long>>> wanted = new TreeMap<>();
    req.getSlots().forEach((db, list) -> wanted.put(db, normalise(db, list)));
    if (req.isCreate()) {
      wanted.forEach(this::assign);
    }
    return ctx.state().read(v -> response(v, wanted, req.isCreate()));
  }

  private Map<Integer, Set<Long>> normalise(String db, List<TSeriesSlotTimes> list) {
    if (ctx.state().read(v -> v.database(db).isEmpty())) {
      throw new StrataException(
          StatusCode.DATABASE_NOT_EXIST, "Database " + db + " does not exist");
    }
    PartitionSlots slots = partitions.slots(db);
    Map<Integer, Set<Long>> out = new TreeMap<>();
    for (TSeriesSlotTimes s : list) {
      if (s.getSeriesSlot() < 0 || s.getSeriesSlot() >= slots.seriesSlotNum()) {
        throw new StrataException(
            StatusCode.ILLEGAL_PARAMETER,
            "series slot " + s.getSeriesSlot() + " is not in 0.." + (slots.seriesSlotNum() - 1));
      }
      Set<Long> times = out.computeIfAbsent(s.getSeriesSlot(), k -> new TreeSet<>());
      s.getTimeSlots().forEach(t -> times.add(slots.timeSlot(t)));
    }
    return out;
  }

  private void assign(String db, Map<Integer, Set<Long>> wanted) {
    if (ctx.state().read(v -> missing(v, db, wanted)).isEmpty()) {
      return;
    }
    ctx.locked(
        () -> {
          Map<Integer, List<Long>> missing = ctx.state().read(v -> missing(v, db, wanted));
          if (missing.isEmpty()) {
            return null;
          }
          List<RegionGroup> groups =
              partitions.allocator().ensure(db, ConsensusGroupId.Type.DATA_REGION);
          if (groups.isEmpty()) {
            throw PartitionService.noRegionGroup(db);
          }
          Map<Integer, Map<Long, Integer>> assignment =
              ctx.state()
                  .read(
                      v ->
                          SlotAssigner.dataSlots(
                              missing,
                              slot -> new TreeMap<>(v.dataRegionsOf(db, slot)),
                              groups,
                              new HashMap<>(v.slotCounts(db))));
          Map<Integer, Map<Long, Integer>> command = new HashMap<>();
          assignment.forEach((slot, times) -> command.put(slot, new HashMap<>(times)));
          ctx.region()
              .write(TConfigCommand.assignDataSlots(new TAssignDataSlotsCommand(db, command)));
          return null;
        });
  }

  private static Map<Integer, List<Long>> missing(
      ClusterStateView v, String db, Map<Integer, Set<Long>> wanted) {
    Map<Integer, List<Long>> out = new TreeMap<>();
    wanted.forEach(
        (slot, times) -> {
          NavigableMap<Long, Integer> owned = v.dataRegionsOf(db, slot);
          List<Long> absent = times.stream().filter(t -> !owned.containsKey(t)).toList();
          if (!absent.isEmpty()) {
            out.put(slot, absent);
          }
        });
    return out;
  }

  private static TDataPartitionResp response(
      ClusterStateView v, Map<String, Map<Integer, Set<Long>>> wanted, boolean create) {
    Map<String, List<TSeriesSlotRegions>> out = new HashMap<>();
    Set<Integer> regionIds = new TreeSet<>();
    wanted.forEach(
        (db, slots) -> {
          List<TSeriesSlotRegions> list = new ArrayList<>();
          slots.forEach(
              (slot, times) -> {
                NavigableMap<Long, Integer> owned = v.dataRegionsOf(db, slot);
                List<TTimeSlotRegion> regions = new ArrayList<>();
                Iterable<Long> which = times.isEmpty() && !create ? owned.keySet() : times;
                for (long t : which) {
                  Integer r = owned.get(t);
                  if (r != null) {
                    regions.add(
                        new TTimeSlotRegion(
                            t, new TConsensusGroupId(TConsensusGroupType.DATA_REGION, r)));
                    regionIds.add(r);
                  }
                }
                list.add(new TSeriesSlotRegions(slot, regions));
              });
          out.put(db, list);
        });
    return new TDataPartitionResp()
        .setPartitions(out)
        .setRegions(Replicas.replicaSets(v, regionIds));
  }
}
