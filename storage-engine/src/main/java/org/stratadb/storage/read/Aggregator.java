package org.stratadb.storage.read;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.statistics.Statistics;
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.column.SortedColumn;

/**
 * Answers an {@link AggregationQuery} over the merged sources of its series. A piece is answered
 * from its statistics when they are exact (no deletion, TTL bound or range edge cuts it), the
 * merger passed it through (no other piece overlaps it in time) and every window it reaches holds
 * all of it; otherwise its pages are tried the same way, and only what remains is decoded.
 *
 * <p>One aggregator per query; not thread-safe. Its counters tell how each piece was answered.
 */
public final class Aggregator {
  private static final Set<TSDataType> SUMMABLE =
      EnumSet.of(TSDataType.INT32, TSDataType.INT64, TSDataType.FLOAT, TSDataType.DOUBLE);
  private static final Set<TSDataType> ORDERED =
      EnumSet.of(
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.DATE,
          TSDataType.TIMESTAMP);

  private final AggregationQuery query;
  private final Windows windows;
  private final boolean statisticsUsable;
  private final List<AggregationRow> rows = new ArrayList<>();
  private final List<Accumulator> open = new ArrayList<>();
  private long emitted;
  private long fromStatistics;
  private long decoded;
  private long skipped;

  /**
   * @throws IllegalArgumentException when an aggregation does not apply to the series type (SUM,
   *     AVG and EXTREME need INT32, INT64, FLOAT or DOUBLE; MIN_VALUE and MAX_VALUE also take DATE
   *     and TIMESTAMP), or the windows are too many
   */
  public Aggregator(AggregationQuery query) {
    this.query = query;
    TSDataType type = query.type();
    for (AggregationKind kind : query.kinds()) {
      checkApplies(kind, type);
    }
    this.windows = new Windows(query);
    // BLOB statistics keep no first and last values.
    this.statisticsUsable =
        type != TSDataType.BLOB
            || !(query.kinds().contains(AggregationKind.FIRST_VALUE)
                || query.kinds().contains(AggregationKind.LAST_VALUE));
  }

  private static void checkApplies(AggregationKind kind, TSDataType type) {
    boolean ok =
        switch (kind) {
          case SUM, AVG, EXTREME -> SUMMABLE.contains(type);
          case MIN_VALUE, MAX_VALUE -> ORDERED.contains(type);
          default -> true;
        };
    if (!ok) {
      throw new IllegalArgumentException(kind + " does not apply to " + type);
    }
  }

  /** Runs the query once over the series' sources: one row per window, in window order. */
  public List<AggregationRow> aggregate(List<? extends SeriesSource> sources) throws IOException {
    if (emitted > 0 || !rows.isEmpty()) {
      throw new IllegalStateException("an aggregator runs once");
    }
    try (SeriesMerger merger = SeriesMerger.open(sources, query.range())) {
      for (Piece piece = merger.next(); piece != null; piece = merger.next()) {
        add(piece);
      }
    }
    finishBefore(windows.count());
    return rows;
  }

  /** Pieces (chunks, pages) answered from their statistics. */
  public long piecesFromStatistics() {
    return fromStatistics;
  }

  /** Pieces whose points were decoded (or taken from memory). */
  public long piecesDecoded() {
    return decoded;
  }

  /** Pieces lying wholly between windows, neither decoded nor counted. */
  public long piecesSkipped() {
    return skipped;
  }

  private void add(Piece piece) throws IOException {
    long first = windows.firstReaching(piece.startTime());
    long last = windows.lastReaching(piece.endTime());
    if (first > last) {
      skipped++;
      return;
    }
    finishBefore(first);
    Statistics<? extends Serializable> statistics = piece.statistics();
    if (statisticsUsable && piece.exact() && statistics != null) {
      if (coveredByAll(first, last, statistics)) {
        for (long k = first; k <= last; k++) {
          window(k).addStatistics(statistics);
        }
        fromStatistics++;
        return;
      }
    }
    List<Piece> children = piece.split();
    if (!children.isEmpty()) {
      for (Piece child : children) {
        add(child);
      }
      return;
    }
    SortedColumn column = piece.load();
    decoded++;
    addPoints(column, first, last);
  }

  private boolean coveredByAll(long first, long last, Statistics<?> statistics) {
    for (long k = first; k <= last; k++) {
      if (!windows.covers(k, statistics.getStartTime(), statistics.getEndTime())) {
        return false;
      }
    }
    return true;
  }

  private void addPoints(SortedColumn column, long first, long last) {
    long[] times = column.times();
    for (long k = first; k <= last; k++) {
      int from = Columns.lowerBound(times, 0, column.size(), windows.start(k));
      int to = Columns.upperBound(times, from, column.size(), windows.end(k));
      if (from < to) {
        window(k).addPoints(column, from, to);
      }
    }
  }

  /** The accumulator of window {@code k}, which is not yet finished. */
  private Accumulator window(long k) {
    while (emitted + open.size() <= k) {
      open.add(new Accumulator(query.type(), query.kinds()));
    }
    return open.get((int) (k - emitted));
  }

  /** Emits the rows of all windows before {@code k}: no later piece can reach them. */
  private void finishBefore(long k) {
    int done = 0;
    while (emitted < k) {
      Accumulator accumulator = done < open.size() ? open.get(done++) : null;
      rows.add(row(emitted, accumulator));
      emitted++;
    }
    open.subList(0, done).clear();
  }

  private AggregationRow row(long k, Accumulator accumulator) {
    List<AggregationKind> kinds = query.kinds();
    Object[] values = new Object[kinds.size()];
    for (int i = 0; i < values.length; i++) {
      AggregationKind kind = kinds.get(i);
      values[i] =
          accumulator != null
              ? accumulator.result(kind)
              : kind == AggregationKind.COUNT ? 0L : null;
    }
    return new AggregationRow(windows.start(k), values);
  }
}
