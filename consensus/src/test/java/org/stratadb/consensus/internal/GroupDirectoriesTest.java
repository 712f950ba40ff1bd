package org.stratadb.consensus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;

class GroupDirectoriesTest {
  @TempDir Path dir;

  private static Peer peer(ConsensusGroupId g) {
    return new Peer(g, 1, new HostPort("127.0.0.1", 10760));
  }

  @Test
  void scanFindsGroupsAndIgnoresOtherDirectories() throws IOException {
    ConsensusGroupId a = new ConsensusGroupId(ConsensusGroupId.Type.DATA_REGION, 1);
    ConsensusGroupId b = new ConsensusGroupId(ConsensusGroupId.Type.CONFIG_REGION, 0);
    GroupDirectories.create(dir, a, List.of(peer(a)));
    GroupDirectories.create(dir, b, List.of(peer(b)));
    Files.createDirectories(dir.resolve("ratis"));
    Files.writeString(dir.resolve("DataRegion-5"), "a file, not a group");

    Map<ConsensusGroupId, List<Peer>> found = GroupDirectories.scan(dir);
    assertEquals(Map.of(a, List.of(peer(a)), b, List.of(peer(b))), found);
    assertTrue(Files.isDirectory(dir.resolve("ratis")));
  }

  @Test
  void aDirectoryWithoutPeersFileIsRemoved() throws IOException {
    Files.createDirectories(dir.resolve("SchemaRegion-2"));
    assertEquals(Map.of(), GroupDirectories.scan(dir));
    assertFalse(Files.exists(dir.resolve("SchemaRegion-2")));
  }

  @Test
  void aPeersFileOfAnotherGroupIsAnError() throws IOException {
    ConsensusGroupId a = new ConsensusGroupId(ConsensusGroupId.Type.DATA_REGION, 1);
    GroupDirectories.create(dir, a, List.of(peer(a)));
    Files.move(dir.resolve("DataRegion-1"), dir.resolve("DataRegion-2"));
    IOException e = assertThrows(IOException.class, () -> GroupDirectories.scan(dir));
    assertTrue(e.getMessage().contains("DataRegion-1"), e.getMessage());
  }

  @Test
  void aMissingStorageDirHoldsNoGroups() throws IOException {
    assertEquals(Map.of(), GroupDirectories.scan(dir.resolve("absent")));
  }
}
