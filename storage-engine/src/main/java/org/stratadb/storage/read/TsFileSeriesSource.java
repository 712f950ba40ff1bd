package org.stratadb.storage.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.tsfile.file.metadata.IChunkMetadata;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.read.TsFileSequenceReader;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.tsfile.DeviceIds;

/**
 * One series in one sealed TsFile. Opening it reads only the series' chunk metadata (through a
 * shared reader from the {@link TsFileReaderCache}); chunks and pages are read when the merger or
 * an operator needs their points.
 */
public final class TsFileSeriesSource implements SeriesSource {
  private final TsFileReaderCache readers;
  private final Path file;
  private final long priority;
  private final SeriesKey series;
  private final Visibility visibility;
  private final long minTime;

  /**
   * @param minTime no point of the series in the file is earlier (the resource's start time of the
   *     device), or {@code Long.MIN_VALUE}
   */
  public TsFileSeriesSource(
      TsFileReaderCache readers,
      Path file,
      long priority,
      SeriesKey series,
      Visibility visibility,
      long minTime) {
    this.readers = Objects.requireNonNull(readers, "readers");
    this.file = Objects.requireNonNull(file, "file");
    this.priority = priority;
    this.series = Objects.requireNonNull(series, "series");
    this.visibility = Objects.requireNonNull(visibility, "visibility");
    this.minTime = minTime;
  }

  public TsFileSeriesSource(
      TsFileReaderCache readers,
      Path file,
      long priority,
      SeriesKey series,
      Visibility visibility) {
    this(readers, file, priority, series, visibility, Long.MIN_VALUE);
  }

  @Override
  public long priority() {
    return priority;
  }

  @Override
  public long minTime() {
    return minTime;
  }

  @Override
  public PieceCursor open(TimeRange range) throws IOException {
    TimeMask mask = visibility.mask(range);
    if (mask.isEmpty()) {
      return PieceCursor.EMPTY;
    }
    TsFileReaderCache.Lease lease = readers.acquire(file);
    try {
      List<Piece> pieces = chunks(lease.reader(), mask);
      if (pieces.isEmpty()) {
        lease.close();
        return PieceCursor.EMPTY;
      }
      return new ListCursor(pieces, lease);
    } catch (IOException | RuntimeException e) {
      lease.close();
      throw e;
    }
  }

  private List<Piece> chunks(TsFileSequenceReader reader, TimeMask mask) throws IOException {
    IDeviceID device = DeviceIds.of(series.device());
    List<IChunkMetadata> metas = reader.getIChunkMetadataList(device, series.measurement());
    List<Piece> pieces = new ArrayList<>(metas.size());
    for (IChunkMetadata meta : metas) {
      ChunkPiece piece = ChunkPiece.of(reader, meta, series.type(), mask);
      if (piece != null) {
        pieces.add(piece);
      }
    }
    // Value chunks of an aligned series may start later than their time chunks.
    pieces.sort(Comparator.comparingLong(Piece::startTime));
    return pieces;
  }

  @Override
  public String toString() {
    return "TsFileSeriesSource[" + file + ", " + series + ", priority " + priority + "]";
  }

  /** Hands out the chunk pieces and holds the reader until closed. */
  private static final class ListCursor implements PieceCursor {
    private final List<Piece> pieces;
    private final TsFileReaderCache.Lease lease;
    private int next;

    ListCursor(List<Piece> pieces, TsFileReaderCache.Lease lease) {
      this.pieces = pieces;
      this.lease = lease;
    }

    @Override
    public Piece next() {
      return next < pieces.size() ? pieces.get(next++) : null;
    }

    @Override
    public void close() {
      lease.close();
    }
  }
}
