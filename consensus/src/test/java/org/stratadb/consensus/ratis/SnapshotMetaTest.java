package org.stratadb.consensus.ratis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotMetaTest {
  private static final SnapshotMeta META =
      new SnapshotMeta(
          3,
          1_234_567_890_123L,
          List.of("empty", "nested", "nested/deeper"),
          List.of(
              new SnapshotMeta.FileEntry("kv.txt", 42),
              new SnapshotMeta.FileEntry("nested/ünïcode.bin", 0),
              new SnapshotMeta.FileEntry("nested/deeper/big", 5L << 33)));

  @Test
  void roundTrips() throws IOException {
    assertEquals(META, SnapshotMeta.decode(META.encode()));
    SnapshotMeta empty = new SnapshotMeta(0, 0, List.of(), List.of());
    assertEquals(empty, SnapshotMeta.decode(empty.encode()));
  }

  @Test
  void damageIsCaught() {
    byte[] good = META.encode();
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 0x10;
      assertThrows(IOException.class, () -> SnapshotMeta.decode(bad), "byte " + i);
    }
    for (int len = 0; len < good.length; len++) {
      byte[] cut = Arrays.copyOf(good, len);
      assertThrows(IOException.class, () -> SnapshotMeta.decode(cut), "length " + len);
    }
  }
}
