package org.stratadb.storage.read;

import java.util.Objects;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;

/**
 * A series held in memory, such as the copy of a memtable column taken when a query starts. The
 * column must not change while the source is used.
 */
public final class MemorySeriesSource implements SeriesSource {
  private final SortedColumn column;
  private final long priority;
  private final Visibility visibility;

  public MemorySeriesSource(SortedColumn column, long priority, Visibility visibility) {
    this.column = Objects.requireNonNull(column, "column");
    this.priority = priority;
    this.visibility = Objects.requireNonNull(visibility, "visibility");
  }

  public MemorySeriesSource(SortedColumn column, long priority) {
    this(column, priority, Visibility.ALL);
  }

  @Override
  public long priority() {
    return priority;
  }

  @Override
  public long minTime() {
    return column.isEmpty() ? Long.MAX_VALUE : column.firstTime();
  }

  @Override
  public PieceCursor open(TimeRange range) {
    if (column.isEmpty()) {
      return PieceCursor.EMPTY;
    }
    SortedColumn visible = visibility.mask(range).apply(column);
    if (visible.isEmpty()) {
      return PieceCursor.EMPTY;
    }
    return new PieceCursor() {
      private Piece piece = new ColumnPiece(visible);

      @Override
      public Piece next() {
        Piece next = piece;
        piece = null;
        return next;
      }

      @Override
      public void close() {
        piece = null;
      }
    };
  }
}
