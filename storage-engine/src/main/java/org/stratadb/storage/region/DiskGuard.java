package org.stratadb.storage.region;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stratadb.storage.api.ReadOnlyException;

/**
 * Refuses writes while any data directory has less than the configured fraction of its space free.
 * The check is cheap but not free, so it is re-done at most once a second.
 */
final class DiskGuard {
  private static final long RECHECK_NANOS = 1_000_000_000L;

  private final List<Path> dataDirs;
  private final double minFreeRatio;
  private volatile long checkedAt = System.nanoTime() - RECHECK_NANOS;
  private volatile String lowDir;

  DiskGuard(List<Path> dataDirs, double minFreeRatio) {
    this.dataDirs = List.copyOf(dataDirs);
    this.minFreeRatio = minFreeRatio;
  }

  void checkWritable() throws ReadOnlyException {
    long now = System.nanoTime();
    if (now - checkedAt >= RECHECK_NANOS) {
      lowDir = findLowDir();
      checkedAt = now;
    }
    String low = lowDir;
    if (low != null) {
      throw new ReadOnlyException(
          "the data directory "
              + low
              + " has less than "
              + Math.round(minFreeRatio * 100)
              + "% free space; the region is read-only until space is freed");
    }
  }

  private String findLowDir() {
    for (Path dir : dataDirs) {
      try {
        Files.createDirectories(dir);
        var store = Files.getFileStore(dir);
        long total = store.getTotalSpace();
        if (total > 0 && (double) store.getUsableSpace() / total < minFreeRatio) {
          return dir.toString();
        }
      } catch (java.io.IOException e) {
        return dir + " (" + e.getMessage() + ")";
      }
    }
    return null;
  }
}
