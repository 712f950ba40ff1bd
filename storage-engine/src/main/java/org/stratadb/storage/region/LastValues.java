package org.stratadb.storage.region;

import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.column.ColumnValues;
import org.stratadb.storage.mods.PathPattern;
import org.stratadb.storage.read.LastCache;

/**
 * Keeps the region's {@link LastCache} current from the write and delete paths: a tablet offers,
 * per column, its newest non-null point; a deletion drops what it may touch.
 */
final class LastValues {
  private static final int CAPACITY = 100_000;

  private final LastCache cache = new LastCache(CAPACITY);

  LastCache cache() {
    return cache;
  }

  void written(Tablet tablet) {
    int rows = tablet.rowCount();
    if (rows == 0) {
      return;
    }
    long[] times = tablet.times();
    int newest = newestRow(times, rows);
    for (int c = 0; c < tablet.columnCount(); c++) {
      int row = tablet.mayHaveNulls(c) ? newestNonNullRow(tablet, c) : newest;
      if (row >= 0) {
        cache.update(
            tablet.device(), tablet.column(c).measurement(), times[row], valueAt(tablet, c, row));
      }
    }
  }

  void deleted(PathPattern pattern) {
    cache.invalidate(pattern);
  }

  /** The last row among equal newest times, since a later row overwrites an earlier one. */
  private static int newestRow(long[] times, int rows) {
    int best = 0;
    for (int row = 1; row < rows; row++) {
      if (times[row] >= times[best]) {
        best = row;
      }
    }
    return best;
  }

  private static int newestNonNullRow(Tablet tablet, int column) {
    long[] times = tablet.times();
    int best = -1;
    for (int row = 0; row < tablet.rowCount(); row++) {
      if (!tablet.isNull(column, row) && (best < 0 || times[row] >= times[best])) {
        best = row;
      }
    }
    return best;
  }

  private static Object valueAt(Tablet tablet, int column, int row) {
    return ColumnValues.box(tablet.column(column).type(), tablet.values(column), row);
  }
}
