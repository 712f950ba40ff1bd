package org.stratadb.benchmark.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Sizes and clean-up of the benchmark's directories. */
final class DiskUsage {
  private DiskUsage() {}

  /** The {@code .tsfile} files under a directory: data only, no WAL, resource or mods files. */
  record TsFiles(int count, long bytes) {}

  static TsFiles tsFiles(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return new TsFiles(0, 0);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      long[] sizes =
          files
              .filter(p -> p.getFileName().toString().endsWith(".tsfile"))
              .mapToLong(DiskUsage::size)
              .toArray();
      return new TsFiles(sizes.length, java.util.Arrays.stream(sizes).sum());
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
