package org.stratadb.storage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.stratadb.storage.compaction.CompactionLog;
import org.stratadb.storage.tsfile.TsFileName;

/**
 * The files this process holds open, from {@code /proc/self/fd} (none where it does not exist), for
 * leak checks. Only files of ours should be compared: the JVM and libraries open jars and sockets
 * lazily, at any time.
 */
public final class OpenFiles {
  private static final Path FDS = Path.of("/proc/self/fd");

  private OpenFiles() {}

  /** The open files whose path matches {@code path}, sorted. */
  public static List<String> matching(Predicate<String> path) {
    List<String> open = new ArrayList<>();
    if (!Files.isDirectory(FDS)) {
      return open;
    }
    try (Stream<Path> fds = Files.list(FDS)) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (path.test(target)) {
            open.add(target);
          }
        } catch (IOException e) {
          // The descriptor closed while we listed: it is not open any more.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    open.sort(null);
    return open;
  }

  /** Open TsFiles, their companions (resources, mods) and compaction logs. */
  public static List<String> dataFiles() {
    return matching(
        path -> path.contains(TsFileName.SUFFIX) || path.endsWith(CompactionLog.SUFFIX));
  }
}
