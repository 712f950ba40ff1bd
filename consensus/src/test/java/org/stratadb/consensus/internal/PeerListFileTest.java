package org.stratadb.consensus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;

class PeerListFileTest {
  private static final ConsensusGroupId GROUP =
      new ConsensusGroupId(ConsensusGroupId.Type.SCHEMA_REGION, 12);
  private static final List<Peer> PEERS =
      List.of(
          new Peer(GROUP, 1, new HostPort("10.0.0.1", 10750)),
          new Peer(GROUP, 22, new HostPort("node-b.example", 65535)),
          new Peer(GROUP, 3, new HostPort("::1", 0)));

  @TempDir Path dir;

  @Test
  void roundTrips() throws IOException {
    PeerListFile.write(dir, GROUP, PEERS);
    PeerListFile.Contents c = PeerListFile.read(dir);
    assertEquals(GROUP, c.group());
    assertEquals(PEERS, c.peers());
    assertEquals(List.of("peers"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void rewritingReplacesTheContent() throws IOException {
    PeerListFile.write(dir, GROUP, PEERS);
    PeerListFile.write(dir, GROUP, PEERS.subList(0, 1));
    assertEquals(PEERS.subList(0, 1), PeerListFile.read(dir).peers());
  }

  @Test
  void everyFlippedBitIsCaught() throws IOException {
    byte[] good = PeerListFile.encode(GROUP, PEERS);
    for (int i = 0; i < good.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] bad = good.clone();
        bad[i] ^= (byte) (1 << bit);
        assertThrows(IOException.class, () -> PeerListFile.decode(bad, dir), "byte " + i);
      }
    }
  }

  @Test
  void aCutFileIsCaught() {
    byte[] good = PeerListFile.encode(GROUP, PEERS);
    for (int len = 0; len < good.length; len++) {
      byte[] cut = Arrays.copyOf(good, len);
      assertThrows(IOException.class, () -> PeerListFile.decode(cut, dir), "length " + len);
    }
  }

  @Test
  void anUnknownVersionIsNamed() {
    byte[] v2 = PeerListFile.encode(GROUP, PEERS);
    v2[4] = 2;
    // Re-seal the checksum so that only the version is wrong.
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(v2, 0, v2.length - 4);
    java.nio.ByteBuffer.wrap(v2).putInt(v2.length - 4, (int) crc.getValue());
    IOException e = assertThrows(IOException.class, () -> PeerListFile.decode(v2, dir));
    assertTrue(e.getMessage().contains("unknown version 2"), e.getMessage());
  }

  @Test
  void aMissingFileIsAnError() {
    assertThrows(IOException.class, () -> PeerListFile.read(dir));
  }
}
