package org.stratadb.storage.compaction;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The bytes of a compaction log, version 1 ({@code docs/format/compaction-log.md}): a header, then
 * frames of {@code length, crc32c, payload}. The first frame is the plan; a later one marks the
 * target done (or empty). A frame cut short or failing its CRC ends the log: a crash tore it.
 */
final class LogCodec {
  static final byte[] MAGIC = {'S', 'C', 'M', 'P'};
  static final byte VERSION = 1;
  static final int HEADER_BYTES = MAGIC.length + 1;
  static final int FRAME_HEADER_BYTES = 2 * Integer.BYTES;
  static final int MAX_PAYLOAD = 64 << 20;

  static final byte KIND_PLAN = 1;
  static final byte KIND_TARGET_DONE = 2;
  static final byte KIND_TARGET_EMPTY = 3;

  /** What the log says happened to the target. */
  enum Marker {
    NONE,
    DONE,
    EMPTY
  }

  /** A decoded log; {@code plan} null when the log was torn before its plan was whole. */
  record Contents(LoggedPlan plan, Marker marker) {}

  /**
   * The plan as logged.
   *
   * @param target the target TsFile, absolute
   * @param sources the source TsFiles, absolute
   */
  record LoggedPlan(CompactionKind kind, long partition, Path target, List<Path> sources) {}

  private LogCodec() {}

  static ByteBuffer header() {
    ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES);
    out.put(MAGIC).put(VERSION).flip();
    return out;
  }

  static ByteBuffer planFrame(LoggedPlan plan) {
    List<byte[]> paths = new ArrayList<>(plan.sources().size() + 1);
    paths.add(utf8(plan.target()));
    int size = 1 + 1 + Long.BYTES + Integer.BYTES; // kinds, partition, source count
    for (Path source : plan.sources()) {
      paths.add(utf8(source));
    }
    for (byte[] path : paths) {
      size += Integer.BYTES + path.length;
    }
    ByteBuffer payload = ByteBuffer.allocate(size);
    payload.put(KIND_PLAN).put((byte) (plan.kind() == CompactionKind.INNER ? 1 : 2));
    payload.putLong(plan.partition());
    payload.putInt(paths.get(0).length).put(paths.get(0));
    payload.putInt(plan.sources().size());
    for (int i = 1; i < paths.size(); i++) {
      payload.putInt(paths.get(i).length).put(paths.get(i));
    }
    return frame(payload.array());
  }

  static ByteBuffer markerFrame(Marker marker) {
    return frame(new byte[] {marker == Marker.DONE ? KIND_TARGET_DONE : KIND_TARGET_EMPTY});
  }

  private static ByteBuffer frame(byte[] payload) {
    if (payload.length > MAX_PAYLOAD) {
      throw new IllegalArgumentException("compaction plan too large to log: " + payload.length);
    }
    ByteBuffer out = ByteBuffer.allocate(FRAME_HEADER_BYTES + payload.length);
    out.putInt(payload.length).putInt(crc(payload, 0, payload.length)).put(payload).flip();
    return out;
  }

  /**
   * Decodes a whole log file.
   *
   * @throws IOException when the file is no compaction log, of an unknown version, or holds an
   *     intact frame that makes no sense: never silently taken for a torn log
   */
  static Contents decode(ByteBuffer bytes, Path file) throws IOException {
    if (bytes.remaining() < HEADER_BYTES) {
      return new Contents(null, Marker.NONE);
    }
    byte[] magic = new byte[MAGIC.length];
    bytes.get(magic);
    if (Arrays.equals(magic, new byte[MAGIC.length])) {
      // a crash can leave a new file's length on disk without its bytes: zeros, not a foreign file
      return new Contents(null, Marker.NONE);
    }
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException(file + " is not a compaction log (bad magic)");
    }
    byte version = bytes.get();
    if (version != VERSION) {
      throw new IOException(file + " has unknown compaction log version " + version);
    }
    byte[] first = nextPayload(bytes);
    if (first == null) {
      return new Contents(null, Marker.NONE);
    }
    LoggedPlan plan = decodePlan(ByteBuffer.wrap(first), file);
    Marker marker = Marker.NONE;
    for (byte[] payload = nextPayload(bytes); payload != null; payload = nextPayload(bytes)) {
      if (payload.length != 1
          || (payload[0] != KIND_TARGET_DONE && payload[0] != KIND_TARGET_EMPTY)) {
        throw new IOException(file + " holds an unknown compaction log entry");
      }
      marker = payload[0] == KIND_TARGET_DONE ? Marker.DONE : Marker.EMPTY;
    }
    return new Contents(plan, marker);
  }

  /** The next intact payload, or null at the end or at a torn frame. */
  private static byte[] nextPayload(ByteBuffer bytes) {
    if (bytes.remaining() < FRAME_HEADER_BYTES) {
      return null;
    }
    int length = bytes.getInt();
    int crc = bytes.getInt();
    if (length < 1 || length > MAX_PAYLOAD || length > bytes.remaining()) {
      return null;
    }
    byte[] payload = new byte[length];
    bytes.get(payload);
    return crc(payload, 0, length) == crc ? payload : null;
  }

  private static LoggedPlan decodePlan(ByteBuffer payload, Path file) throws IOException {
    try {
      if (payload.get() != KIND_PLAN) {
        throw new IOException(file + " does not start with a compaction plan");
      }
      byte kind = payload.get();
      if (kind != 1 && kind != 2) {
        throw new IOException(file + " has unknown compaction kind " + kind);
      }
      long partition = payload.getLong();
      Path target = path(payload);
      int count = payload.getInt();
      if (count < 0 || count > payload.remaining() / Integer.BYTES) {
        throw new IOException(file + " claims " + count + " sources");
      }
      List<Path> sources = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        sources.add(path(payload));
      }
      if (payload.hasRemaining()) {
        throw new IOException(file + " has trailing bytes in its plan");
      }
      return new LoggedPlan(
          kind == 1 ? CompactionKind.INNER : CompactionKind.CROSS, partition, target, sources);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new IOException(file + " holds a malformed compaction plan", e);
    }
  }

  private static Path path(ByteBuffer payload) throws IOException {
    int length = payload.getInt();
    if (length <= 0 || length > payload.remaining()) {
      throw new IllegalArgumentException("bad path length " + length);
    }
    ByteBuffer bytes = payload.slice(payload.position(), length);
    payload.position(payload.position() + length);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString();
      return Path.of(text);
    } catch (CharacterCodingException e) {
      throw new IOException("malformed path in compaction log", e);
    }
  }

  private static byte[] utf8(Path path) {
    return path.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int crc(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
