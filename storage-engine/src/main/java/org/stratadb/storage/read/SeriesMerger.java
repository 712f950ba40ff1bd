package org.stratadb.storage.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;

/**
 * Merges the sources of one series into one stream of pieces, ascending and not overlapping, with
 * one point per time: where sources overlap, the point of the higher priority wins (then the source
 * listed later, then the later chunk of a file).
 *
 * <p>A piece that overlaps nothing else passes through untouched, statistics and all, so callers
 * can still answer from statistics or skip it; an overlapping chunk is first split into its pages,
 * and only pieces that really overlap are decoded and merged point by point. Sources are opened
 * when the read reaches their {@linkplain SeriesSource#minTime() first time} and released once they
 * have nothing left, and pieces are read as they are asked for, never all at once.
 *
 * <p>Not thread-safe; close it to release the files of its sources.
 */
public final class SeriesMerger implements AutoCloseable {
  /** Bounds the points of one merged piece so overlapping sources never pile up in memory. */
  static final int MAX_MERGED_POINTS = 8192;

  private final List<? extends SeriesSource> sources;
  private final TimeRange range;
  private final PieceCursor[] cursors;
  private final long[] priorities;

  /** Entries in {@link #pending} per source: while any is left, its file must stay open. */
  private final int[] inFlight;

  private final boolean[] drained;
  private final List<Integer> releasable = new ArrayList<>();
  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>(Comparator.comparingLong(Pending::start));
  private final List<Run> active = new ArrayList<>();

  private SeriesMerger(List<? extends SeriesSource> sources, TimeRange range) {
    this.sources = sources;
    this.range = range;
    this.cursors = new PieceCursor[sources.size()];
    this.priorities = new long[sources.size()];
    this.inFlight = new int[sources.size()];
    this.drained = new boolean[sources.size()];
  }

  /**
   * Prepares the merge of {@code sources} over {@code range}; each source is opened when the read
   * reaches it.
   */
  public static SeriesMerger open(List<? extends SeriesSource> sources, TimeRange range)
      throws IOException {
    SeriesMerger merger = new SeriesMerger(List.copyOf(sources), range);
    for (int i = 0; i < sources.size(); i++) {
      SeriesSource source = sources.get(i);
      merger.priorities[i] = source.priority();
      long from = source.minTime();
      if (from <= range.end()) {
        merger.push(new Pending(Math.max(from, range.start()), null, i, false));
      }
    }
    return merger;
  }

  /**
   * The next piece, ascending and disjoint from all before it, or null at the end. The piece is
   * valid until the next call: its file may be released then.
   */
  public Piece next() throws IOException {
    release();
    while (true) {
      if (active.isEmpty()) {
        if (pending.isEmpty()) {
          return null;
        }
        Pending head = take();
        if (head.piece == null) {
          openSource(head.source);
        } else if (isolated(head.piece)) {
          return head.piece;
        } else {
          expand(head);
        }
        continue;
      }
      long minActive = minActiveTime();
      Pending head = pending.peek();
      if (head == null || head.start > minActive) {
        return emitUpTo(head == null ? Long.MAX_VALUE : head.start - 1);
      }
      take();
      if (head.piece == null) {
        openSource(head.source);
      } else if (head.piece.endTime() < minActive && isolated(head.piece)) {
        return head.piece;
      } else {
        expand(head);
      }
    }
  }

  /** Whether nothing still pending can hold a point within the piece's time span. */
  private boolean isolated(Piece piece) {
    Pending next = pending.peek();
    return next == null || next.start > piece.endTime();
  }

  /** Pops the earliest pending entry; a piece straight from a source brings in its successor. */
  private Pending take() throws IOException {
    Pending head = pending.poll();
    int source = head.source;
    inFlight[source]--;
    if (head.fromCursor) {
      pull(source);
    } else if (drained[source] && inFlight[source] == 0) {
      releasable.add(source);
    }
    return head;
  }

  private void push(Pending entry) {
    pending.add(entry);
    inFlight[entry.source]++;
  }

  private void openSource(int source) throws IOException {
    cursors[source] = sources.get(source).open(range);
    pull(source);
  }

  private void pull(int source) throws IOException {
    Piece piece = cursors[source].next();
    if (piece == null) {
      drained[source] = true;
      if (inFlight[source] == 0) {
        releasable.add(source);
      }
    } else {
      push(new Pending(piece.startTime(), piece, source, true));
    }
  }

  /** Closes the sources that are done; the pieces handed out before this call are then dead. */
  private void release() {
    for (int source : releasable) {
      if (cursors[source] != null) {
        cursors[source].close();
        cursors[source] = null;
      }
    }
    releasable.clear();
  }

  /** An overlapping piece goes back as its pages, or, when atomic, is decoded for merging. */
  private void expand(Pending head) throws IOException {
    List<Piece> children = head.piece.split();
    if (!children.isEmpty()) {
      for (Piece child : children) {
        push(new Pending(child.startTime(), child, head.source, false));
      }
      return;
    }
    SortedColumn column = head.piece.load();
    if (!column.isEmpty()) {
      active.add(new Run(column, priorities[head.source], head.source, head.piece.order()));
    }
  }

  private long minActiveTime() {
    long min = Long.MAX_VALUE;
    for (int i = 0; i < active.size(); i++) {
      Run run = active.get(i);
      min = Math.min(min, run.column.time(run.position));
    }
    return min;
  }

  /** Merges the decoded runs' points up to {@code limit} (inclusive) into one piece. */
  private Piece emitUpTo(long limit) {
    if (active.size() == 1) {
      return emitSingle(active.get(0), limit);
    }
    PointBuffer out = new PointBuffer(active.get(0).column.type(), 256);
    while (!active.isEmpty() && out.size() < MAX_MERGED_POINTS) {
      Run best = null;
      long time = Long.MAX_VALUE;
      for (int i = 0; i < active.size(); i++) {
        Run run = active.get(i);
        long t = run.column.time(run.position);
        if (best == null || t < time || (t == time && run.outranks(best))) {
          best = run;
          time = t;
        }
      }
      if (time > limit) {
        break;
      }
      out.append(best.column, best.position);
      advancePast(time);
    }
    return new ColumnPiece(out.build());
  }

  /** One run left: hand over its points in bulk, the column itself when it is taken whole. */
  private Piece emitSingle(Run run, long limit) {
    SortedColumn column = run.column;
    int from = run.position;
    int to = Columns.upperBound(column.times(), from, column.size(), limit);
    to = Math.min(to, from + MAX_MERGED_POINTS);
    run.position = to;
    if (to == column.size()) {
      active.clear();
    }
    if (from == 0 && to == column.size()) {
      return new ColumnPiece(column);
    }
    PointBuffer out = new PointBuffer(column.type(), to - from);
    out.appendRange(column, from, to);
    return new ColumnPiece(out.build());
  }

  /** Moves every run off {@code time}, dropping runs that are done. */
  private void advancePast(long time) {
    for (int i = active.size() - 1; i >= 0; i--) {
      Run run = active.get(i);
      if (run.column.time(run.position) == time && ++run.position == run.column.size()) {
        active.remove(i);
      }
    }
  }

  /** Sources opened and not yet released, for tests. */
  int openSources() {
    int open = 0;
    for (PieceCursor cursor : cursors) {
      open += cursor == null ? 0 : 1;
    }
    return open;
  }

  @Override
  public void close() {
    for (int i = 0; i < cursors.length; i++) {
      if (cursors[i] != null) {
        cursors[i].close();
        cursors[i] = null;
      }
    }
    pending.clear();
    active.clear();
  }

  /** A piece waiting to be looked at, or (piece null) a source not yet opened. */
  private record Pending(long start, Piece piece, int source, boolean fromCursor) {}

  /** A decoded piece being merged, with its read position. */
  private static final class Run {
    final SortedColumn column;
    final long priority;
    final int source;
    final long order;
    int position;

    Run(SortedColumn column, long priority, int source, long order) {
      this.column = column;
      this.priority = priority;
      this.source = source;
      this.order = order;
    }

    boolean outranks(Run other) {
      if (priority != other.priority) {
        return priority > other.priority;
      }
      if (source != other.source) {
        return source > other.source;
      }
      return order > other.order;
    }
  }
}
