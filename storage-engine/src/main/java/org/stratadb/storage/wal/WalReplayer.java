package org.stratadb.storage.wal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a WAL directory back, segment by segment, in log order. Damage never stops recovery: a torn
 * tail of the last non-empty segment (what a crash leaves) is cut off so that the file ends at its
 * last complete record; damage anywhere else ends the reading of that segment with a warning and
 * the file is kept for inspection. Run it before {@link WalLog#open}, which starts a new segment.
 */
public final class WalReplayer {
  private static final Logger LOG = LoggerFactory.getLogger(WalReplayer.class);

  /** Receives each complete record, in log order. */
  @FunctionalInterface
  public interface Visitor {
    void visit(long segmentId, WalEntry entry) throws IOException;
  }

  private WalReplayer() {}

  /** Ids of the segments in {@code dir}, ascending; none for a missing directory. */
  public static List<Long> segmentIds(Path dir) throws IOException {
    return Files.isDirectory(dir) ? SegmentNames.list(dir) : List.of();
  }

  /**
   * Visits every complete record of every segment in {@code dir}; a missing directory holds none.
   *
   * @throws IOException if a file cannot be read at all, or the visitor throws
   */
  public static ReplayStats replay(Path dir, Visitor visitor) throws IOException {
    if (!Files.isDirectory(dir)) {
      return new ReplayStats(0, 0, 0, 0, 0);
    }
    List<Long> ids = SegmentNames.list(dir);
    int tail = tailIndex(dir, ids);
    long records = 0;
    int truncated = 0;
    long truncatedBytes = 0;
    int damaged = 0;
    for (int i = 0; i < ids.size(); i++) {
      long id = ids.get(i);
      Path path = SegmentNames.path(dir, id);
      SegmentScan scan = SegmentReader.scan(path, id, visitor);
      records += scan.records();
      if (scan.damage() == null) {
        continue;
      }
      if (i == tail && scan.tornFrame()) {
        truncate(path, scan.validEnd());
        truncated++;
        truncatedBytes += scan.size() - scan.validEnd();
        LOG.warn(
            "WAL segment {} in {}: {} at offset {}; cut off {} bytes after {} complete records",
            id,
            dir,
            scan.damage(),
            scan.validEnd(),
            scan.size() - scan.validEnd(),
            scan.records());
      } else {
        damaged++;
        LOG.warn(
            "WAL segment {} in {}: {} at offset {}; kept {} records, skipped the last {} bytes",
            id,
            dir,
            scan.damage(),
            scan.validEnd(),
            scan.records(),
            scan.size() - scan.validEnd());
      }
    }
    LOG.info("WAL replay of {}: {} segments, {} records", dir, ids.size(), records);
    return new ReplayStats(ids.size(), records, truncated, truncatedBytes, damaged);
  }

  /**
   * The segment a crash can have torn: the last one holding any bytes. Empty segments after it
   * (opened but never written, e.g. by an open before this replay) do not make it an earlier one.
   */
  private static int tailIndex(Path dir, List<Long> ids) throws IOException {
    int index = ids.size() - 1;
    while (index > 0 && Files.size(SegmentNames.path(dir, ids.get(index))) == 0) {
      index--;
    }
    return index;
  }

  private static void truncate(Path path, long length) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.truncate(length);
      channel.force(true);
    }
  }
}
