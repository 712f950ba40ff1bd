package org.stratadb.confignode.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import org.stratadb.protocol.confignode.state.TClusterStateRecord;

/**
 * The snapshot file of the cluster state: a version byte, the length of the body as a big-endian
 * int, the body ({@link TClusterStateRecord} in the Thrift compact protocol) and the CRC32C of the
 * body as a big-endian int. See docs/format/confignode-state.md.
 */
public final class SnapshotFile {
  /** The file's name inside a snapshot directory. */
  public static final String NAME = "cluster-state.bin";

  private static final int HEADER = 1 + 4;
  private static final int TRAILER = 4;

  private SnapshotFile() {}

  /** Writes and fsyncs the file. */
  public static void write(Path file, TClusterStateRecord state) throws IOException {
    byte[] body = StateCodec.serialize(state);
    ByteBuffer out = ByteBuffer.allocate(HEADER + body.length + TRAILER);
    out.put(StateCodec.VERSION).putInt(body.length).put(body).putInt(crc(body)).flip();
    try (FileChannel ch =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.SYNC)) {
      while (out.hasRemaining()) {
        ch.write(out);
      }
      ch.force(true);
    }
  }

  /**
   * Reads a file written by {@link #write}.
   *
   * @throws IOException if it cannot be read, or is truncated, corrupt or of another version
   */
  public static TClusterStateRecord read(Path file) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
    if (in.remaining() < HEADER + TRAILER) {
      throw corrupt(file, "it is only " + in.remaining() + " bytes long");
    }
    byte version = in.get();
    if (version != StateCodec.VERSION) {
      throw corrupt(file, "its format version is " + version + ", expected " + StateCodec.VERSION);
    }
    int length = in.getInt();
    if (length != in.remaining() - TRAILER) {
      throw corrupt(file, "its body should be " + length + " bytes, found " + (in.remaining() - 4));
    }
    byte[] body = new byte[length];
    in.get(body);
    if (in.getInt() != crc(body)) {
      throw corrupt(file, "its checksum does not match");
    }
    try {
      return StateCodec.deserialize(body, new TClusterStateRecord());
    } catch (IllegalArgumentException e) {
      throw corrupt(file, e.getMessage());
    }
  }

  private static IOException corrupt(Path file, String why) {
    return new IOException("ConfigNode snapshot " + file + " is unusable: " + why);
  }

  private static int crc(byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    return (int) crc.getValue();
  }
}
