package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stratadb.storage.io.FileSync;

/**
 * The highest generation whose files are sealed and in service, kept in one atomically replaced
 * file. A generation is committed when this file says so, before any of its WAL segments is
 * unlinked: unlinking several segments is not atomic, and recovery must never mistake a committed
 * generation for an unfinished one because some of its segments survived a crash.
 */
final class CommitCheckpoint {
  static final long NONE = -1;
  private static final String FILE = "committed.generation";

  private final Path file;

  CommitCheckpoint(Path systemDir) {
    this.file = systemDir.resolve(FILE);
  }

  long load() throws IOException {
    if (!Files.exists(file)) {
      return NONE;
    }
    String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IOException("damaged commit checkpoint " + file + ": '" + text + "'", e);
    }
  }

  void save(long generation) throws IOException {
    FileSync.writeAtomically(file, Long.toString(generation).getBytes(StandardCharsets.US_ASCII));
  }
}
