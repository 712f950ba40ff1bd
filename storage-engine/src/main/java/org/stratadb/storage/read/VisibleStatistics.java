package org.stratadb.storage.read;

import java.io.Serializable;
import org.apache.tsfile.file.metadata.statistics.Statistics;

/**
 * The statistics of a stored chunk or page, and the bounds of what a {@link TimeMask} leaves
 * visible of its points.
 *
 * @param start no visible point is earlier
 * @param end no visible point is later
 * @param exact whether the mask hides none of the points, so the statistics describe exactly the
 *     visible ones
 */
record VisibleStatistics(
    Statistics<? extends Serializable> statistics, long start, long end, boolean exact) {

  /** Null when there are no statistics, no points, or the mask hides every one. */
  static VisibleStatistics of(Statistics<? extends Serializable> statistics, TimeMask mask) {
    if (statistics == null
        || statistics.getCount() == 0
        || mask.hidesAll(statistics.getStartTime(), statistics.getEndTime())) {
      return null;
    }
    long rawStart = statistics.getStartTime();
    long rawEnd = statistics.getEndTime();
    return new VisibleStatistics(
        statistics, mask.ceil(rawStart), mask.floor(rawEnd), mask.coversAll(rawStart, rawEnd));
  }

  /** {@code "<start>..<end>, <count> points"}, for a piece's {@code toString}. */
  String describe() {
    return start + ".." + end + ", " + statistics.getCount() + " points";
  }
}
