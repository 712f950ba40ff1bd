package org.stratadb.consensus.ratis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;

class RatisIdsTest {

  @Test
  void groupIdsAreStableDistinctAndReversible() {
    Set<RaftGroupId> seen = new HashSet<>();
    for (ConsensusGroupId.Type type : ConsensusGroupId.Type.values()) {
      for (int id : new int[] {0, 1, 7, Integer.MAX_VALUE}) {
        ConsensusGroupId g = new ConsensusGroupId(type, id);
        RaftGroupId r = RatisIds.groupId(g);
        assertEquals(r, RatisIds.groupId(g));
        assertTrue(seen.add(r), "duplicate id for " + g);
        assertEquals(Optional.of(g), RatisIds.group(r));
      }
    }
    assertEquals(
        "53545241-5441-0002-0000-000000000003",
        RatisIds.groupId(new ConsensusGroupId(ConsensusGroupId.Type.DATA_REGION, 3))
            .getUuid()
            .toString());
  }

  @Test
  void foreignGroupIdsAreNotOurs() {
    assertEquals(Optional.empty(), RatisIds.group(UUID.randomUUID()));
    assertEquals(
        Optional.empty(), RatisIds.group(UUID.fromString("53545241-5441-0009-0000-000000000003")));
    assertEquals(
        Optional.empty(), RatisIds.group(UUID.fromString("53545241-5441-0002-0000-000100000000")));
  }

  @Test
  void peersMapBothWays() {
    ConsensusGroupId g = new ConsensusGroupId(ConsensusGroupId.Type.CONFIG_REGION, 0);
    for (HostPort hp : new HostPort[] {new HostPort("10.1.2.3", 10720), new HostPort("::1", 1)}) {
      Peer p = new Peer(g, 5, hp);
      RaftPeer r = RatisIds.raftPeer(p);
      assertEquals("5", r.getId().toString());
      assertEquals(p, RatisIds.peer(g, r));
    }
    assertNotEquals(RatisIds.peerId(1), RatisIds.peerId(11));
    RaftPeer stranger = RaftPeer.newBuilder().setId("n1").setAddress("127.0.0.1:1").build();
    assertThrows(IllegalArgumentException.class, () -> RatisIds.peer(g, stranger));
  }
}
