package org.stratadb.confignode.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.confignode.state.StateFixtures.createDb;
import static org.stratadb.confignode.state.StateFixtures.createGroups;
import static org.stratadb.confignode.state.StateFixtures.group;
import static org.stratadb.confignode.state.StateFixtures.init;
import static org.stratadb.confignode.state.StateFixtures.registerDn;
import static org.stratadb.confignode.state.StateFixtures.schemaSlots;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.protocol.confignode.state.TClusterStateRecord;
import org.stratadb.protocol.confignode.state.TCommandResult;

class SnapshotFileTest {
  @TempDir Path dir;

  private static ClusterState populated() {
    ClusterState s = new ClusterState();
    for (var c :
        List.of(
            init(),
            registerDn(1, 6667),
            createDb("root.sg"),
            createGroups(group(0, true, "root.sg", List.of(1))),
            schemaSlots("root.sg", Map.of(5, 0)))) {
      assertEquals(200, s.apply(c).getCode());
    }
    return s;
  }

  @Test
  void stateMachineSnapshotRestoresTheState() {
    ClusterState original = populated();
    ConfigStateMachine sm = new ConfigStateMachine(original, b -> {});
    assertTrue(sm.takeSnapshot(dir));
    ClusterState restored = new ClusterState();
    new ConfigStateMachine(restored, b -> {}).loadSnapshot(dir);
    assertEquals(original.toRecord(), restored.toRecord());
    assertEquals(Optional.of(0), restored.read(v -> v.schemaRegionOf("root.sg", 5)));
  }

  @Test
  void stateMachineAppliesEncodedCommandsAndEncodesResults() {
    ClusterState state = new ClusterState();
    ConfigStateMachine sm = new ConfigStateMachine(state, b -> {});
    TCommandResult ok = StateCodec.decodeResult(sm.apply(StateCodec.encodeCommand(init())));
    assertEquals(200, ok.getCode());
    TCommandResult refused =
        StateCodec.decodeResult(sm.apply(StateCodec.encodeCommand(registerDn(7, 6667))));
    assertEquals(StatusCode.INTERNAL_SERVER_ERROR.code(), refused.getCode());
    TCommandResult garbage = StateCodec.decodeResult(sm.apply(ByteBuffer.wrap(new byte[] {9, 1})));
    assertTrue(garbage.getMessage().contains("format version 9"), garbage.getMessage());
  }

  @Test
  void corruptedSnapshotsAreRefusedWithTheReason() throws IOException {
    Path file = dir.resolve(SnapshotFile.NAME);
    SnapshotFile.write(file, populated().toRecord());
    byte[] good = Files.readAllBytes(file);

    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 0x40;
    assertRefused(file, flipped, "checksum");

    assertRefused(file, Arrays.copyOf(good, good.length - 3), "body should be");

    byte[] version = good.clone();
    version[0] = 2;
    assertRefused(file, version, "format version is 2");

    assertRefused(file, new byte[3], "only 3 bytes");
  }

  private static void assertRefused(Path file, byte[] bytes, String reason) throws IOException {
    Files.write(file, bytes);
    IOException e = assertThrows(IOException.class, () -> SnapshotFile.read(file));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void anEmptyStateRoundTrips() throws IOException {
    Path file = dir.resolve(SnapshotFile.NAME);
    TClusterStateRecord empty = new ClusterState().toRecord();
    SnapshotFile.write(file, empty);
    assertEquals(empty, SnapshotFile.read(file));
  }
}
