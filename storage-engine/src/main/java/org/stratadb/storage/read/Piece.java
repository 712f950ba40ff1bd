package org.stratadb.storage.read;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.tsfile.file.metadata.statistics.Statistics;
import org.stratadb.storage.column.SortedColumn;

/**
 * A run of points of one series that can be looked at before it is decoded: a chunk or a page of a
 * TsFile, or a column in memory. A piece is only valid while the cursor it came from is open.
 */
public interface Piece {

  /** No visible point of the piece is earlier than this. */
  long startTime();

  /** No visible point of the piece is later than this. */
  long endTime();

  /**
   * Rank among overlapping pieces of the same source: on equal time the higher order wins (in a
   * TsFile, the chunk written later).
   */
  long order();

  /**
   * Statistics of the stored points, or null when the piece has none (memory). They may count
   * points that are hidden (deleted, expired, outside the read range): use them as bounds unless
   * {@link #exact()} holds.
   */
  Statistics<? extends Serializable> statistics();

  /** Whether {@link #statistics()} describe exactly the points {@link #load()} returns. */
  boolean exact();

  /** The finer pieces this one is made of (the pages of a chunk), or empty when it is atomic. */
  List<Piece> split() throws IOException;

  /** The visible points, ascending; possibly empty. Decodes at most once. */
  SortedColumn load() throws IOException;

  /**
   * The stored chunk when this piece is a whole non-aligned chunk whose every point is visible, so
   * it can be copied as it is; null otherwise (a page, an aligned or cut chunk, memory).
   */
  default RawChunk raw() throws IOException {
    return null;
  }
}
