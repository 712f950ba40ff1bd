package org.stratadb.confignode.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stratadb.confignode.state.ClusterStateView.SlotCount;
import org.stratadb.confignode.state.RegionGroup;
import org.stratadb.consensus.api.ConsensusGroupId;

class SlotAssignerTest {
  private static RegionGroup group(int id, ConsensusGroupId.Type type) {
    return new RegionGroup(new ConsensusGroupId(type, id), "root.sg", List.of(1), 0);
  }

  private static final List<RegionGroup> SCHEMA =
      List.of(
          group(3, ConsensusGroupId.Type.SCHEMA_REGION),
          group(5, ConsensusGroupId.Type.SCHEMA_REGION));
  private static final List<RegionGroup> DATA =
      List.of(
          group(4, ConsensusGroupId.Type.DATA_REGION), group(6, ConsensusGroupId.Type.DATA_REGION));

  @Test
  void schemaSlotsFillTheLeastLoadedGroupFirst() {
    Map<Integer, Integer> out =
        SlotAssigner.schemaSlots(List.of(10, 11, 12, 13), SCHEMA, Map.of(3, new SlotCount(2, 0)));
    assertEquals(Map.of(10, 5, 11, 5, 12, 3, 13, 5), out);
  }

  @Test
  void dataSlotsFollowTheirSeriesAndOtherwiseBalance() {
    NavigableMap<Long, Integer> slot7 = new TreeMap<>(Map.of(100L, 6));
    Map<Integer, Map<Long, Integer>> out =
        SlotAssigner.dataSlots(
            Map.of(7, List.of(50L, 200L), 8, List.of(0L), 9, List.of(0L)),
            slot -> slot == 7 ? slot7 : new TreeMap<>(),
            DATA,
            Map.of(6, new SlotCount(1, 1)));
    assertEquals(Map.of(50L, 6, 200L, 6), out.get(7), "earlier and later slots stay in region 6");
    assertEquals(Map.of(0L, 4), out.get(8));
    assertEquals(Map.of(0L, 4), out.get(9), "4 has 1 slot, 6 has 3 by then");
  }

  @Test
  void slotsOfADroppedRegionAreNotInherited() {
    Map<Integer, Map<Long, Integer>> out =
        SlotAssigner.dataSlots(
            Map.of(7, List.of(200L)), slot -> new TreeMap<>(Map.of(100L, 99)), DATA, Map.of());
    assertEquals(Map.of(200L, 4), out.get(7));
  }
}
