package org.stratadb.datanode.schema;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.stratadb.commons.path.PartialPath;

/**
 * The append-only log of a schema region (format: docs/format/schema-region.md). One writer at a
 * time; the region's write lock serializes callers.
 */
final class OpLog implements Closeable {
  static final byte[] MAGIC = {'S', 'T', 'S', 'L'};
  static final byte VERSION = 1;
  static final int MAX_RECORD = 64 << 20;

  /** Length and checksum before each record body. */
  static final int FRAME = 8;

  private final Path file;
  private final FileChannel channel;
  private final ByteSink buffer = new ByteSink(4096);
  private long size;
  private int records;

  private OpLog(Path file, FileChannel channel, long size, int records) {
    this.file = file;
    this.channel = channel;
    this.size = size;
    this.records = records;
  }

  /** One decoded record. */
  record Entry(long lsn, SchemaOp op) {}

  /** What {@link #open} found. */
  record Recovered(
      OpLog log, int regionId, PartialPath database, List<Entry> entries, long droppedBytes) {}

  /** Creates (or replaces) the log with only its header, durably. */
  static OpLog create(Path file, int regionId, PartialPath database) throws IOException {
    ByteSink header = header(regionId, database);
    DurableFiles.writeAtomically(file, header.array(), header.size());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
    channel.position(header.size());
    return new OpLog(file, channel, header.size(), 0);
  }

  static ByteSink header(int regionId, PartialPath database) {
    ByteSink out = new ByteSink(64);
    out.putBytes(MAGIC, 0, 4).putByte(VERSION).putInt(regionId);
    SchemaOp.putPath(out, database);
    out.putInt(crc(out.array(), 0, out.size()));
    return out;
  }

  /**
   * Reads every complete record, cuts off a torn or corrupt tail (the file is truncated to the end
   * of the last good record) and opens the log for appending after it.
   *
   * @throws CorruptSchemaException if the header is unreadable
   */
  static Recovered open(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteSource in = new ByteSource(bytes, 0, bytes.length);
    int regionId;
    PartialPath database;
    try {
      for (byte b : MAGIC) {
        if (in.getByte() != (b & 0xFF)) {
          throw new CorruptSchemaException(file + " is not a schema log");
        }
      }
      int version = in.getByte();
      if (version != VERSION) {
        throw new CorruptSchemaException(file + " has unknown version " + version);
      }
      regionId = in.getInt();
      database = SchemaOp.getPath(in);
      int headerEnd = bytes.length - in.remaining();
      if (in.getInt() != crc(bytes, 0, headerEnd)) {
        throw new CorruptSchemaException(file + " header checksum mismatch");
      }
    } catch (CorruptSchemaException e) {
      throw new CorruptSchemaException(file + ": bad header: " + e.getMessage());
    }
    int pos = bytes.length - in.remaining();
    List<Entry> entries = new ArrayList<>();
    while (true) {
      Entry entry = readRecord(bytes, pos);
      if (entry == null) {
        break;
      }
      entries.add(entry);
      pos += FRAME + recordLength(bytes, pos);
    }
    long dropped = bytes.length - pos;
    FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
    if (dropped > 0) {
      channel.truncate(pos);
      channel.force(true);
    }
    channel.position(pos);
    return new Recovered(
        new OpLog(file, channel, pos, entries.size()), regionId, database, entries, dropped);
  }

  private static int recordLength(byte[] bytes, int pos) {
    return ((bytes[pos] & 0xFF) << 24)
        | ((bytes[pos + 1] & 0xFF) << 16)
        | ((bytes[pos + 2] & 0xFF) << 8)
        | (bytes[pos + 3] & 0xFF);
  }

  /** The record at {@code pos}, or null if it is incomplete, implausible or fails its checksum. */
  private static Entry readRecord(byte[] bytes, int pos) {
    if (bytes.length - pos < FRAME) {
      return null;
    }
    int length = recordLength(bytes, pos);
    if (length < 9 || length > MAX_RECORD || length > bytes.length - pos - FRAME) {
      return null;
    }
    int stored = recordLength(bytes, pos + 4);
    if (stored != crc(bytes, pos + FRAME, length)) {
      return null;
    }
    ByteSource body = new ByteSource(bytes, pos + FRAME, length);
    try {
      long lsn = body.getLong();
      SchemaOp op = SchemaOp.decode(body);
      if (body.remaining() != 0) {
        return null;
      }
      return new Entry(lsn, op);
    } catch (CorruptSchemaException e) {
      return null;
    }
  }

  /** Appends one record; it is durable after {@link #sync}. */
  void append(long lsn, SchemaOp op) throws IOException {
    buffer.clear();
    buffer.putInt(0).putInt(0).putLong(lsn);
    op.encode(buffer);
    int length = buffer.size() - FRAME;
    if (length > MAX_RECORD) {
      throw new IOException("schema log record of " + length + " bytes is too large");
    }
    buffer.setInt(0, length);
    buffer.setInt(4, crc(buffer.array(), FRAME, length));
    try {
      DurableFiles.writeFully(channel, ByteBuffer.wrap(buffer.array(), 0, buffer.size()));
    } catch (IOException e) {
      // leave no partial record for the next append to follow
      try {
        channel.truncate(size);
        channel.position(size);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    size += buffer.size();
    records++;
  }

  void sync() throws IOException {
    channel.force(false);
  }

  long size() {
    return size;
  }

  int records() {
    return records;
  }

  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  static int crc(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
