package org.stratadb.confignode.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.protocol.confignode.state.TConfigCommand;

/**
 * Durability for a ConfigNode whose consensus keeps no log (SimpleConsensus): every applied command
 * is appended to {@code journal.log} and forced to disk before the write returns, and every {@code
 * compactEvery} commands the whole state goes to {@code snapshot.bin} and the journal starts over.
 * Recovery loads the snapshot and re-applies the journal up to its first torn or corrupt record.
 * Re-applying a command the snapshot already holds is harmless: the state rejects stale ids and
 * repeated creations without changing anything. See docs/format/confignode-state.md.
 */
public final class StateJournal implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StateJournal.class);

  static final String JOURNAL = "journal.log";
  static final String SNAPSHOT = "snapshot.bin";
  private static final int RECORD_HEADER = 4 + 4;

  private final Path dir;
  private final long compactEvery;
  private FileChannel journal;
  private long sinceCompaction;

  public StateJournal(Path dir, long compactEvery) {
    this.dir = dir;
    this.compactEvery = compactEvery;
  }

  /** Loads the saved state into {@code state} and opens the journal for appending. */
  public void recover(ClusterState state) {
    try {
      Files.createDirectories(dir);
      Path snapshot = dir.resolve(SNAPSHOT);
      if (Files.exists(snapshot)) {
        state.load(SnapshotFile.read(snapshot));
      }
      Path log = dir.resolve(JOURNAL);
      long valid = Files.exists(log) ? replay(log, state) : 0;
      journal = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      journal.truncate(valid);
      journal.position(valid);
      journal.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover the ConfigNode state from " + dir, e);
    }
  }

  /** Re-applies the journal; returns the length of its intact prefix. */
  private long replay(Path log, ClusterState state) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(log));
    long replayed = 0;
    while (bytes.remaining() >= RECORD_HEADER) {
      int start = bytes.position();
      int length = bytes.getInt();
      int crc = bytes.getInt();
      if (length < 0 || length > bytes.remaining()) {
        bytes.position(start);
        break;
      }
      byte[] body = new byte[length];
      bytes.get(body);
      if (crc(body) != crc) {
        bytes.position(start);
        break;
      }
      TConfigCommand command = StateCodec.decodeCommand(ByteBuffer.wrap(body));
      state.apply(command);
      replayed++;
    }
    if (bytes.hasRemaining()) {
      LOG.warn(
          "Dropped {} bytes of a torn or corrupt record at the end of {}", bytes.remaining(), log);
    }
    sinceCompaction = replayed;
    return bytes.position();
  }

  /** Appends an applied command and forces it to disk; compacts when due. */
  public void append(ByteBuffer command, ClusterState state) {
    byte[] body = new byte[command.remaining()];
    command.duplicate().get(body);
    ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER + body.length);
    record.putInt(body.length).putInt(crc(body)).put(body).flip();
    try {
      while (record.hasRemaining()) {
        journal.write(record);
      }
      journal.force(false);
      if (++sinceCompaction >= compactEvery) {
        compact(state);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the ConfigNode journal in " + dir, e);
    }
  }

  private void compact(ClusterState state) throws IOException {
    Path tmp = dir.resolve(SNAPSHOT + ".tmp");
    Files.deleteIfExists(tmp);
    SnapshotFile.write(tmp, state.toRecord());
    Files.move(tmp, dir.resolve(SNAPSHOT), StandardCopyOption.ATOMIC_MOVE);
    journal.truncate(0);
    journal.position(0);
    journal.force(true);
    sinceCompaction = 0;
  }

  private static int crc(byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    return (int) crc.getValue();
  }

  @Override
  public void close() {
    if (journal != null) {
      try {
        journal.close();
      } catch (IOException e) {
        LOG.warn("Closing the ConfigNode journal failed: {}", e.toString());
      }
    }
  }
}
