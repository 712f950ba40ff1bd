package org.stratadb.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.consensus.api.ConsensusGroupId;

class ConsensusGroupIdTest {

  @Test
  void displayNamesParseBack() {
    for (ConsensusGroupId.Type type : ConsensusGroupId.Type.values()) {
      for (int id : new int[] {0, 9, 10, Integer.MAX_VALUE}) {
        ConsensusGroupId g = new ConsensusGroupId(type, id);
        assertEquals(g, ConsensusGroupId.parse(g.displayName()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "DataRegion",
        "DataRegion-",
        "DataRegion--1",
        "DataRegion-x",
        "DataRegion-2147483648",
        "DataRegion-99999999999",
        "dataregion-1",
        "Region-1",
        "ratis"
      })
  void otherNamesAreRejected(String name) {
    assertThrows(IllegalArgumentException.class, () -> ConsensusGroupId.parse(name));
  }
}
