package org.stratadb.storage.tsfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TsFileNameTest {

  @Test
  void parsesAndFormatsIoTdbNames() {
    TsFileName name = TsFileName.parse("1700000000123-42-3-1.tsfile");
    assertEquals(new TsFileName(1700000000123L, 42, 3, 1), name);
    assertEquals("1700000000123-42-3-1.tsfile", name.fileName());
    assertEquals(name, TsFileName.parse(name.fileName()));
    assertEquals(name.fileName(), name.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1-2-3.tsfile",
        "1-2-3-4.tsfile.resource",
        "1-2-3-4.TSFILE",
        "a-2-3-4.tsfile",
        "-1-2-3-4.tsfile",
        "1-2-3-4-5.tsfile",
        "1--3-4.tsfile",
        "99999999999999999999-1-0-0.tsfile",
        "1-2-3-4.tsfile.tmp"
      })
  void rejectsOtherNames(String fileName) {
    assertEquals(Optional.empty(), TsFileName.tryParse(fileName));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TsFileName.parse(fileName));
    assertTrue(e.getMessage().contains("not a TsFile name"), e.getMessage());
  }

  @Test
  void rejectsNegativeFields() {
    assertThrows(IllegalArgumentException.class, () -> new TsFileName(-1, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new TsFileName(0, -1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new TsFileName(0, 0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new TsFileName(0, 0, 0, -1));
  }

  @Test
  void ordersByVersionThenTheOtherFields() {
    List<TsFileName> sorted =
        List.of(
            new TsFileName(900, 1, 0, 0),
            new TsFileName(100, 2, 0, 0),
            new TsFileName(100, 10, 0, 0),
            new TsFileName(200, 10, 0, 0),
            new TsFileName(200, 10, 1, 0),
            new TsFileName(200, 10, 1, 2));
    List<TsFileName> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(sorted, shuffled);
  }
}
