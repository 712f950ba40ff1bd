package org.stratadb.storage.compaction;

import java.io.IOException;
import org.apache.tsfile.write.chunk.ChunkWriterImpl;
import org.apache.tsfile.write.schema.MeasurementSchema;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;
import org.stratadb.storage.read.Piece;
import org.stratadb.storage.read.RawChunk;
import org.stratadb.storage.read.SeriesMerger;
import org.stratadb.storage.read.TsFileReaderCache;
import org.stratadb.storage.tsfile.ChunkSplitter;
import org.stratadb.storage.tsfile.TsFileResource;

/** Writes a non-aligned device of the target: each series merged on its own, in name order. */
final class SeriesWriter {
  static final int MIN_PAGE_POINTS = 1024;

  private SeriesWriter() {}

  static void write(
      TargetFile file,
      SeriesCatalog.Device device,
      SourceView view,
      TsFileReaderCache readers,
      int maxChunkPoints,
      TsFileResource.Builder resource)
      throws IOException {
    file.startDevice(device.id());
    for (MeasurementSchema column : device.columns()) {
      ChunkWriterImpl chunk = new ChunkWriterImpl(column);
      ChunkSplitter splitter =
          new ChunkSplitter(file, chunk, maxChunkPoints, ChunkSplitter.isBinary(column.getType()));
      try (SeriesMerger merger =
          SeriesMerger.open(MergeInputs.of(device, column, view, readers), TimeRange.ALL)) {
        int pagePoints = 0;
        for (Piece piece = merger.next(); piece != null; piece = merger.next()) {
          RawChunk raw = piece.raw();
          if (raw != null) {
            // A chunk nothing overlaps, cuts or deletes from is copied as stored: no decoding,
            // and the merged file is no bigger than its sources.
            splitter.endPending();
            file.writeRaw(raw);
            splitter.copied(piece.startTime(), piece.endTime(), raw.pointCount());
            pagePoints = 0;
            continue;
          }
          SortedColumn points = piece.load();
          write(points, chunk, splitter);
          pagePoints += points.size();
          // End pages where the sources' pages ended (once a page is big enough to be worth its
          // header): merged pages many times larger than the flush wrote them encode worse, and
          // compaction would grow the data instead of shrinking it.
          if (pagePoints >= MIN_PAGE_POINTS) {
            chunk.sealCurrentPage();
            pagePoints = 0;
          }
        }
      }
      splitter.finish(resource, device.name(), false);
    }
    file.endDevice();
  }

  /** One loop per value type, so each point goes to the writer unboxed. */
  private static void write(SortedColumn column, ChunkWriterImpl chunk, ChunkSplitter splitter)
      throws IOException {
    long[] times = column.times();
    int size = column.size();
    switch (column.type()) {
      case BOOLEAN -> {
        boolean[] values = (boolean[]) column.values();
        for (int i = 0; i < size; i++) {
          chunk.write(times[i], values[i]);
          splitter.wrote(times[i]);
        }
      }
      case INT32, DATE -> {
        int[] values = (int[]) column.values();
        for (int i = 0; i < size; i++) {
          chunk.write(times[i], values[i]);
          splitter.wrote(times[i]);
        }
      }
      case INT64, TIMESTAMP -> {
        long[] values = (long[]) column.values();
        for (int i = 0; i < size; i++) {
          chunk.write(times[i], values[i]);
          splitter.wrote(times[i]);
        }
      }
      case FLOAT -> {
        float[] values = (float[]) column.values();
        for (int i = 0; i < size; i++) {
          chunk.write(times[i], values[i]);
          splitter.wrote(times[i]);
        }
      }
      case DOUBLE -> {
        double[] values = (double[]) column.values();
        for (int i = 0; i < size; i++) {
          chunk.write(times[i], values[i]);
          splitter.wrote(times[i]);
        }
      }
      default -> {
        for (int i = 0; i < size; i++) {
          chunk.write(times[i], column.getBinary(i));
          splitter.wrote(times[i]);
        }
      }
    }
  }
}
