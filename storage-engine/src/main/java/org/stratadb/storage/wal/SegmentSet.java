package org.stratadb.storage.wal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The closed segments of a log, with their sizes, so that size queries need no disk access. */
final class SegmentSet {
  private static final Logger LOG = LoggerFactory.getLogger(SegmentSet.class);

  private final Path dir;
  private final ConcurrentSkipListMap<Long, Long> sizes = new ConcurrentSkipListMap<>();

  private SegmentSet(Path dir) {
    this.dir = dir;
  }

  static SegmentSet scan(Path dir) throws IOException {
    SegmentSet set = new SegmentSet(dir);
    for (long id : SegmentNames.list(dir)) {
      set.add(id, Files.size(SegmentNames.path(dir, id)));
    }
    return set;
  }

  /** The highest id present, or -1 if there is none. */
  long highestId() {
    return sizes.isEmpty() ? -1 : sizes.lastKey();
  }

  void add(long id, long size) {
    sizes.put(id, size);
  }

  List<Long> ids() {
    return new ArrayList<>(sizes.keySet());
  }

  long totalBytes() {
    long total = 0;
    for (long size : sizes.values()) {
      total += size;
    }
    return total;
  }

  /**
   * Deletes every segment with an id below {@code bound}. A file that cannot be deleted stays
   * listed and is retried by the next call: it only costs disk, never data.
   */
  void deleteBefore(long bound) {
    for (Map.Entry<Long, Long> entry : sizes.headMap(bound).entrySet()) {
      long id = entry.getKey();
      try {
        Files.deleteIfExists(SegmentNames.path(dir, id));
        sizes.remove(id);
      } catch (IOException e) {
        LOG.warn("Cannot delete WAL segment {} in {}, will retry: {}", id, dir, e.toString());
      }
    }
  }
}
