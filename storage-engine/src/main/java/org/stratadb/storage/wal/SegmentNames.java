package org.stratadb.storage.wal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segment file names, {@code wal-<id>.log} with the id zero-padded to 20 digits so that a plain
 * directory listing sorts segments in log order.
 */
final class SegmentNames {
  private static final Pattern NAME = Pattern.compile("wal-(\\d{20})\\.log");

  private SegmentNames() {}

  static String fileName(long id) {
    if (id < 0) {
      throw new IllegalArgumentException("negative segment id " + id);
    }
    return String.format("wal-%020d.log", id);
  }

  static Path path(Path dir, long id) {
    return dir.resolve(fileName(id));
  }

  /** Ids of the segment files in {@code dir}, ascending; other files are ignored. */
  static List<Long> list(Path dir) throws IOException {
    List<Long> ids = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (matcher.matches()) {
          ids.add(parse(matcher.group(1)));
        }
      }
    }
    Collections.sort(ids);
    return ids;
  }

  private static long parse(String digits) throws IOException {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IOException("segment id " + digits + " is out of range", e);
    }
  }
}
