package org.stratadb.storage.mods;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.io.FileSync;

/**
 * The deletions recorded next to one TsFile, in {@code <tsfile>.mods}: an append-only log whose
 * format {@code docs/format/mods.md} describes. A handle holds no open file, so it is cheap to make
 * one per use; appends to the same path from many handles and threads are serialized.
 */
public final class ModsFile {
  public static final String SUFFIX = ".mods";

  /** Stripes of locks by path, so appends to one file never interleave. */
  private static final Object[] LOCKS = new Object[64];

  static {
    for (int i = 0; i < LOCKS.length; i++) {
      LOCKS[i] = new Object();
    }
  }

  private final Path path;

  private ModsFile(Path path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  /** The mods file of a TsFile: its path with {@value #SUFFIX} appended. */
  public static ModsFile forTsFile(Path tsFile) {
    return new ModsFile(tsFile.resolveSibling(tsFile.getFileName() + SUFFIX));
  }

  /** A mods file at exactly this path. */
  public static ModsFile at(Path modsFile) {
    return new ModsFile(modsFile);
  }

  public Path path() {
    return path;
  }

  /**
   * Appends one deletion; when this returns the entry is on disk (the file and, for a new file, its
   * directory entry have been forced). A torn tail left by an earlier crash is cut off first, so
   * the new entry never hides behind garbage.
   *
   * @throws IllegalArgumentException when the deletion's pattern does not parse
   */
  public void append(Deletion deletion) throws IOException {
    PathPattern.parse(deletion.pathPattern());
    ByteBuffer frame = ModsCodec.encode(deletion);
    synchronized (lockFor(path)) {
      boolean created = !Files.exists(path);
      try (FileChannel channel =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        long end = prepareForAppend(channel);
        while (frame.hasRemaining()) {
          end += channel.write(frame, end);
        }
        channel.force(true);
      }
      if (created) {
        FileSync.syncDirectory(path.toAbsolutePath().getParent());
      }
    }
  }

  /**
   * The deletions in append order; an absent file has none. A torn tail (a crash in the middle of
   * an append) is ignored; a file that is not a mods file, or of an unknown version, fails.
   */
  public List<Deletion> load() throws IOException {
    ByteBuffer bytes;
    try {
      bytes = ByteBuffer.wrap(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      return List.of();
    }
    if (bytes.limit() < ModsCodec.HEADER_SIZE) {
      return List.of();
    }
    ModsCodec.checkHeader(bytes, path);
    return List.copyOf(ModsCodec.scan(bytes, path).deletions());
  }

  /** Writes the header of a new (or torn-at-birth) file, or cuts a torn tail; returns the end. */
  private long prepareForAppend(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size < ModsCodec.HEADER_SIZE) {
      channel.truncate(0);
      channel.write(ModsCodec.header(), 0);
      return ModsCodec.HEADER_SIZE;
    }
    if (size > Integer.MAX_VALUE) {
      throw new IOException("mods file too large: " + path);
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) size);
    while (bytes.hasRemaining()) {
      if (channel.read(bytes, bytes.position()) < 0) {
        break;
      }
    }
    bytes.flip();
    ModsCodec.checkHeader(bytes, path);
    long valid = ModsCodec.scan(bytes, path).validLength();
    if (valid < size) {
      channel.truncate(valid);
    }
    return valid;
  }

  private static Object lockFor(Path path) {
    return LOCKS[Math.floorMod(path.toAbsolutePath().normalize().hashCode(), LOCKS.length)];
  }

  @Override
  public String toString() {
    return "ModsFile[" + path + "]";
  }
}
