package org.stratadb.confignode.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.stratadb.confignode.state.ClusterStateView.SlotCount;
import org.stratadb.confignode.state.RegionGroup;

/**
 * Decides which region group gets each unassigned slot. Deterministic: the same inputs give the
 * same answer.
 */
final class SlotAssigner {
  private SlotAssigner() {}

  /**
   * Each slot goes to the group with the fewest series slots so far (lowest id on a tie).
   *
   * @param groups non-empty
   */
  static Map<Integer, Integer> schemaSlots(
      Collection<Integer> slots, List<RegionGroup> groups, Map<Integer, SlotCount> counts) {
    Map<Integer, Long> load = loads(groups, counts, true);
    Map<Integer, Integer> out = new TreeMap<>();
    for (int slot : new TreeSet<>(slots)) {
      int region = leastLoaded(load);
      out.put(slot, region);
      load.merge(region, 1L, Long::sum);
    }
    return out;
  }

  /**
   * A time slot of a series slot that already has data regions goes to the region of its closest
   * earlier time slot (or, failing that, later one), so that a series stays in one region; other
   * slots go to the group with the fewest time slots so far.
   *
   * @param wanted series slot to the time slots it needs
   * @param assigned the current time slots of a series slot
   * @param groups non-empty
   */
  static Map<Integer, Map<Long, Integer>> dataSlots(
      Map<Integer, ? extends Collection<Long>> wanted,
      IntFunction<NavigableMap<Long, Integer>> assigned,
      List<RegionGroup> groups,
      Map<Integer, SlotCount> counts) {
    Set<Integer> live = groups.stream().map(g -> g.id().id()).collect(Collectors.toSet());
    Map<Integer, Long> load = loads(groups, counts, false);
    Map<Integer, Map<Long, Integer>> out = new TreeMap<>();
    for (Map.Entry<Integer, ? extends Collection<Long>> e : new TreeMap<>(wanted).entrySet()) {
      NavigableMap<Long, Integer> owned = new TreeMap<>(assigned.apply(e.getKey()));
      owned.values().removeIf(r -> !live.contains(r));
      Map<Long, Integer> chosen = new TreeMap<>();
      for (long time : new TreeSet<>(e.getValue())) {
        Map.Entry<Long, Integer> near = owned.floorEntry(time);
        if (near == null) {
          near = owned.ceilingEntry(time);
        }
        int region = near != null ? near.getValue() : leastLoaded(load);
        chosen.put(time, region);
        owned.put(time, region);
        load.merge(region, 1L, Long::sum);
      }
      out.put(e.getKey(), chosen);
    }
    return out;
  }

  private static Map<Integer, Long> loads(
      List<RegionGroup> groups, Map<Integer, SlotCount> counts, boolean seriesSlots) {
    Map<Integer, Long> load = new TreeMap<>();
    for (RegionGroup g : groups) {
      SlotCount c = counts.getOrDefault(g.id().id(), new SlotCount(0, 0));
      load.put(g.id().id(), seriesSlots ? c.seriesSlots() : c.timeSlots());
    }
    return load;
  }

  private static int leastLoaded(Map<Integer, Long> load) {
    int best = -1;
    long bestLoad = Long.MAX_VALUE;
    for (Map.Entry<Integer, Long> e : load.entrySet()) { // ascending ids: lowest wins a tie
      if (e.getValue() < bestLoad) {
        best = e.getKey();
        bestLoad = e.getValue();
      }
    }
    return best;
  }
}
