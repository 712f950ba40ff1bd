package org.stratadb.storage.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Durability primitives shared by every file the engine writes (WAL segments, mods files, TsFiles
 * and their resources, compaction logs): forcing a directory, and replacing a file atomically.
 */
public final class FileSync {

  /** Appended to a file's name for the temp file {@link #writeAtomically} renames over it. */
  public static final String TEMP_SUFFIX = ".tmp";

  private FileSync() {}

  /**
   * Writes {@code data} to a temp file, forces it, renames it over {@code target}, forces the dir:
   * what survives a crash is either the old file or the new one.
   */
  public static void writeAtomically(Path target, byte[] data) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    try (FileChannel channel =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(data);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(target.toAbsolutePath().getParent());
  }

  /**
   * Forces a directory, so that files created, renamed or deleted in it survive a crash. Runs with
   * the thread's interrupt cleared (and restored): an interrupt would close the channel before the
   * force, and cleanup after an interrupted writer must still be durable. A platform that cannot
   * open a directory (Windows, whose NTFS journals the entry itself) is skipped; Linux, which we
   * run on, can.
   */
  public static void syncDirectory(Path directory) throws IOException {
    boolean interrupted = Thread.interrupted();
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      if (Files.isDirectory(directory) && System.getProperty("os.name").startsWith("Windows")) {
        return;
      }
      throw e;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
