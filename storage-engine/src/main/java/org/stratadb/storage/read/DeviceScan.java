package org.stratadb.storage.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.column.SortedColumn;

/**
 * The raw-data read of a {@link SeriesScan}: each measurement's sources merged, the measurements
 * outer-joined by time into TsBlocks (time column, then one value column per measurement in scan
 * order, null where a measurement has no point), filtered, at most {@code maxRowsPerBlock} rows a
 * block and never an empty block.
 *
 * <p>Lazy: pieces are pulled as blocks are asked for. A filter's top-level comparisons prune: a
 * piece whose statistics rule one out is skipped unread, and rows are looked for only at times
 * where every column such a comparison needs has a value.
 *
 * <p>Not thread-safe. Close it, read to the end or not, to release its files.
 */
public final class DeviceScan implements BlockIterator {
  private final SeriesScan scan;
  private final SeriesMerger[] mergers;
  private final RowFilter filter;
  private final int[] required;
  private final byte[] kinds;
  private final ScanRow row;
  private final boolean[] exhausted;
  private final List<ArrayDeque<Piece>> queued;
  private final TsBlockBuilder builder;
  private TsBlock nextBlock;
  private boolean finished;
  private long rowTime;
  private long piecesSkipped;
  private long piecesLoaded;

  private DeviceScan(SeriesScan scan, SeriesMerger[] mergers) {
    int width = scan.measurements().size();
    this.scan = scan;
    this.mergers = mergers;
    this.filter = RowFilter.of(scan.filter(), scan.types());
    this.required = filter == null ? new int[0] : filter.requiredColumns();
    this.kinds = new byte[width];
    for (int c = 0; c < width; c++) {
      kinds[c] = Columns.kindOf(scan.types().get(c));
    }
    this.row = new ScanRow(width);
    this.exhausted = new boolean[width];
    this.queued = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      queued.add(new ArrayDeque<>());
    }
    this.builder = new TsBlockBuilder(Math.min(scan.maxRowsPerBlock(), 1024), scan.types());
  }

  /**
   * Opens the scan; {@code sources.get(i)} are the sources of measurement {@code i}.
   *
   * @throws IllegalArgumentException when the sources do not match the measurements, or the filter
   *     does not fit the columns
   */
  public static DeviceScan open(
      SeriesScan scan, List<? extends List<? extends SeriesSource>> sources) throws IOException {
    if (sources.size() != scan.measurements().size()) {
      throw new IllegalArgumentException("one source list per measurement expected");
    }
    SeriesMerger[] mergers = new SeriesMerger[sources.size()];
    try {
      for (int c = 0; c < mergers.length; c++) {
        mergers[c] = SeriesMerger.open(sources.get(c), scan.range());
      }
      return new DeviceScan(scan, mergers);
    } catch (IOException | RuntimeException e) {
      closeAll(mergers);
      throw e;
    }
  }

  @Override
  public boolean hasNext() {
    if (nextBlock == null && !finished) {
      try {
        nextBlock = readBlock();
      } catch (IOException e) {
        throw new UncheckedIOException("scan of " + scan.device() + " failed", e);
      }
      finished = nextBlock == null;
    }
    return nextBlock != null;
  }

  @Override
  public TsBlock next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TsBlock block = nextBlock;
    nextBlock = null;
    return block;
  }

  /** Pieces never decoded: before the rows looked for, or ruled out by statistics. */
  public long piecesSkipped() {
    return piecesSkipped;
  }

  /** Pieces decoded (or taken from memory). */
  public long piecesLoaded() {
    return piecesLoaded;
  }

  @Override
  public void close() {
    finished = true;
    nextBlock = null;
    closeAll(mergers);
  }

  private TsBlock readBlock() throws IOException {
    builder.reset();
    int rows = 0;
    int width = kinds.length;
    while (rows < scan.maxRowsPerBlock()) {
      boolean found = required.length > 0 ? alignRequired() : earliest();
      if (!found) {
        break;
      }
      long time = rowTime;
      for (int c = 0; c < width; c++) {
        row.present[c] = seek(c, time) && currentTime(c) == time;
      }
      if (filter == null || filter.accepts(row)) {
        writeRow(time);
        rows++;
      }
      for (int c = 0; c < width; c++) {
        if (row.present[c]) {
          row.positions[c]++;
        }
      }
    }
    return rows == 0 ? null : builder.build();
  }

  /** Sets {@link #rowTime} to the earliest time any column has a point at; false if none. */
  private boolean earliest() throws IOException {
    long min = Long.MAX_VALUE;
    boolean any = false;
    for (int c = 0; c < kinds.length; c++) {
      if (seek(c, Long.MIN_VALUE)) {
        min = any ? Math.min(min, currentTime(c)) : currentTime(c);
        any = true;
      }
    }
    rowTime = min;
    return any;
  }

  /**
   * Sets {@link #rowTime} to the earliest time at which every required column has a point,
   * leapfrogging the columns over each other's gaps (and over whole pieces); false if none.
   */
  private boolean alignRequired() throws IOException {
    long time = Long.MIN_VALUE;
    while (true) {
      boolean aligned = true;
      for (int c : required) {
        if (!seek(c, time)) {
          return false;
        }
        long t = currentTime(c);
        if (t != time) {
          aligned = false;
          time = Math.max(time, t);
        }
      }
      if (aligned) {
        rowTime = time;
        return true;
      }
    }
  }

  private long currentTime(int c) {
    return row.columns[c].time(row.positions[c]);
  }

  /**
   * Moves column {@code c} to its first point at or after {@code time}, pulling pieces as needed
   * and skipping those that end before it or that the filter rules out; false when none is left.
   */
  private boolean seek(int c, long time) throws IOException {
    while (true) {
      SortedColumn column = row.columns[c];
      if (column != null && row.positions[c] < column.size()) {
        if (column.time(row.positions[c]) >= time) {
          return true;
        }
        if (column.lastTime() >= time) {
          row.positions[c] =
              Columns.lowerBound(column.times(), row.positions[c], column.size(), time);
          return true;
        }
      }
      row.columns[c] = null;
      if (!loadNext(c, time)) {
        return false;
      }
    }
  }

  /** Loads the next useful piece of column {@code c} that may reach {@code time}. */
  private boolean loadNext(int c, long time) throws IOException {
    while (!exhausted[c]) {
      ArrayDeque<Piece> waiting = queued.get(c);
      Piece piece = waiting.isEmpty() ? mergers[c].next() : waiting.pollFirst();
      if (piece == null) {
        exhausted[c] = true;
        break;
      }
      if (piece.endTime() < time || (filter != null && filter.excludes(c, piece))) {
        piecesSkipped++;
        continue;
      }
      if (filter != null && filter.constrains(c) && piece.statistics() != null) {
        List<Piece> children = piece.split();
        if (!children.isEmpty()) {
          for (int i = children.size() - 1; i >= 0; i--) {
            waiting.addFirst(children.get(i));
          }
          continue;
        }
      }
      SortedColumn column = piece.load();
      piecesLoaded++;
      if (!column.isEmpty()) {
        row.columns[c] = column;
        row.positions[c] = 0;
        return true;
      }
    }
    return false;
  }

  private void writeRow(long time) {
    builder.getTimeColumnBuilder().writeLong(time);
    for (int c = 0; c < kinds.length; c++) {
      ColumnBuilder out = builder.getColumnBuilder(c);
      if (!row.present[c]) {
        out.appendNull();
        continue;
      }
      SortedColumn column = row.columns[c];
      int i = row.positions[c];
      switch (kinds[c]) {
        case Columns.BOOLEAN -> out.writeBoolean(column.getBoolean(i));
        case Columns.INT -> out.writeInt(column.getInt(i));
        case Columns.LONG -> out.writeLong(column.getLong(i));
        case Columns.FLOAT -> out.writeFloat(column.getFloat(i));
        case Columns.DOUBLE -> out.writeDouble(column.getDouble(i));
        default -> out.writeBinary(column.getBinary(i));
      }
    }
    builder.declarePosition();
  }

  private static void closeAll(SeriesMerger[] mergers) {
    for (SeriesMerger merger : mergers) {
      if (merger != null) {
        merger.close();
      }
    }
  }
}
