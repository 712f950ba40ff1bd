package org.stratadb.consensus.internal;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;

/**
 * The {@code peers} file of a group directory: which group it is and its membership as last known
 * on this node. Format (big-endian), described in docs/format/ratis-consensus.md:
 *
 * <pre>
 * magic "SDPL" | version 0x01 | type code u8 | group id i32 | peer count i32
 * per peer: node id i32 | host length u16 | host UTF-8 | port u16
 * CRC32 of everything before, i32
 * </pre>
 */
public final class PeerListFile {
  public static final String FILE_NAME = "peers";
  static final int MAGIC = 0x5344504C; // "SDPL"
  static final byte VERSION = 1;
  private static final int MAX_PEERS = 1 << 16;

  private PeerListFile() {}

  /** What a peers file holds. */
  public record Contents(ConsensusGroupId group, List<Peer> peers) {}

  /** Writes the membership of {@code group} into {@code dir}/peers, atomically and durably. */
  public static void write(Path dir, ConsensusGroupId group, List<Peer> peers) throws IOException {
    FileSupport.writeAtomically(dir.resolve(FILE_NAME), encode(group, peers));
  }

  /**
   * Reads {@code dir}/peers.
   *
   * @throws IOException if the file is missing, damaged or of an unknown version
   */
  public static Contents read(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    return decode(Files.readAllBytes(file), file);
  }

  static byte[] encode(ConsensusGroupId group, List<Peer> peers) {
    List<byte[]> hosts = new ArrayList<>(peers.size());
    int size = 4 + 1 + 1 + 4 + 4 + 4;
    for (Peer p : peers) {
      byte[] host = p.endpoint().host().getBytes(StandardCharsets.UTF_8);
      hosts.add(host);
      size += 4 + 2 + host.length + 2;
    }
    ByteBuffer buf = ByteBuffer.allocate(size);
    buf.putInt(MAGIC).put(VERSION).put((byte) GroupTypeCodes.code(group.type()));
    buf.putInt(group.id()).putInt(peers.size());
    for (int i = 0; i < peers.size(); i++) {
      Peer p = peers.get(i);
      buf.putInt(p.nodeId()).putShort((short) hosts.get(i).length).put(hosts.get(i));
      buf.putShort((short) p.endpoint().port());
    }
    CRC32 crc = new CRC32();
    crc.update(buf.array(), 0, buf.position());
    buf.putInt((int) crc.getValue());
    return buf.array();
  }

  static Contents decode(byte[] bytes, Path file) throws IOException {
    try {
      if (bytes.length < 4 + 1 + 1 + 4 + 4 + 4) {
        throw new IOException(file + " is too short to be a peer list");
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length - 4);
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      if (buf.getInt(bytes.length - 4) != (int) crc.getValue()) {
        throw new IOException(file + " is damaged: checksum mismatch");
      }
      if (buf.getInt() != MAGIC) {
        throw new IOException(file + " is not a peer list");
      }
      byte version = buf.get();
      if (version != VERSION) {
        throw new IOException(file + " has unknown version " + version);
      }
      ConsensusGroupId group = new ConsensusGroupId(GroupTypeCodes.type(buf.get()), buf.getInt());
      int count = buf.getInt();
      if (count < 0 || count > MAX_PEERS) {
        throw new IOException(file + " claims " + count + " peers");
      }
      List<Peer> peers = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int nodeId = buf.getInt();
        byte[] host = new byte[Short.toUnsignedInt(buf.getShort())];
        buf.get(host);
        int port = Short.toUnsignedInt(buf.getShort());
        peers.add(
            new Peer(group, nodeId, new HostPort(new String(host, StandardCharsets.UTF_8), port)));
      }
      if (buf.remaining() != 4) {
        throw new IOException(file + " has " + (buf.remaining() - 4) + " unexpected bytes");
      }
      return new Contents(group, List.copyOf(peers));
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new IOException(file + " is damaged: " + e.getMessage(), e);
    }
  }
}
