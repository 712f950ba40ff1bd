package org.stratadb.storage.compaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.stratadb.storage.tsfile.TsFileName;

/** Listings of test directories. */
final class TestDirs {
  private TestDirs() {}

  static List<Path> tsFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(TsFileName.SUFFIX)).toList();
    }
  }

  /** Every file under {@code root}, relative to it, with a checksum of its bytes. */
  static TreeMap<String, Long> snapshot(Path root) throws IOException {
    TreeMap<String, Long> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              f -> {
                try {
                  CRC32 crc = new CRC32();
                  crc.update(Files.readAllBytes(f));
                  out.put(root.relativize(f).toString(), crc.getValue());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return out;
  }
}
