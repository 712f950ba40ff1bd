package org.stratadb.storage.read;

import java.io.IOException;
import org.stratadb.storage.api.TimeRange;

/**
 * Where points of one series come from for one read: a copy of a memtable's column, or a sealed
 * TsFile. Sources of a series are merged by {@link SeriesMerger}; where two hold a point at the
 * same time, the one with the higher {@link #priority()} wins.
 */
public interface SeriesSource {

  /** Higher is newer; on equal priority the source listed later wins. */
  long priority();

  /**
   * No point of the source is earlier than this (for a file, the start time of the series' device
   * from its resource): the merger opens the source only once the read gets there, so a long read
   * over many files does not hold them all open at once. {@code Long.MIN_VALUE} when unknown.
   */
  default long minTime() {
    return Long.MIN_VALUE;
  }

  /**
   * Opens the visible pieces of the series with time in {@code range}: the source's own deletions
   * and TTL bound are already applied by its pieces. Close the cursor when done.
   */
  PieceCursor open(TimeRange range) throws IOException;
}
