package org.stratadb.storage.tsfile;

import java.io.IOException;
import java.util.List;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.write.chunk.ChunkWriterImpl;
import org.apache.tsfile.write.writer.TsFileIOWriter;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.memtable.MemTableCursor;

/** Writes a non-aligned device as one chunk group with one or more chunks per series. */
final class SeriesFlusher {

  private SeriesFlusher() {}

  /**
   * Writes the series {@code specs} of {@code device}, which hold points; returns the points
   * written and adds the device to {@code resource} if it had any.
   */
  static long flush(
      TsFileIOWriter file,
      MemTable table,
      String device,
      IDeviceID id,
      List<ColumnSpec> specs,
      TsFileResource.Builder resource)
      throws IOException {
    file.startChunkGroup(id);
    ChunkOutput out = c -> c.writeToFileWriter(file);
    long points = 0;
    for (ColumnSpec spec : specs) {
      MemTableCursor cursor = table.scan(device, spec.measurement(), TimeRange.ALL);
      ChunkWriterImpl chunk = new ChunkWriterImpl(Schemas.of(spec));
      ChunkSplitter splitter = new ChunkSplitter(out, chunk, ChunkSplitter.isBinary(spec.type()));
      write(cursor, chunk, splitter);
      splitter.finish(resource, device, false);
      points += splitter.points();
    }
    file.endChunkGroup();
    return points;
  }

  /** One loop per value type, so each point goes to the writer unboxed. */
  private static void write(MemTableCursor cursor, ChunkWriterImpl chunk, ChunkSplitter splitter)
      throws IOException {
    switch (cursor.type(0)) {
      case BOOLEAN:
        while (cursor.next()) {
          chunk.write(cursor.time(), cursor.getBoolean(0));
          splitter.wrote(cursor.time());
        }
        break;
      case INT32:
      case DATE:
        while (cursor.next()) {
          chunk.write(cursor.time(), cursor.getInt(0));
          splitter.wrote(cursor.time());
        }
        break;
      case INT64:
      case TIMESTAMP:
        while (cursor.next()) {
          chunk.write(cursor.time(), cursor.getLong(0));
          splitter.wrote(cursor.time());
        }
        break;
      case FLOAT:
        while (cursor.next()) {
          chunk.write(cursor.time(), cursor.getFloat(0));
          splitter.wrote(cursor.time());
        }
        break;
      case DOUBLE:
        while (cursor.next()) {
          chunk.write(cursor.time(), cursor.getDouble(0));
          splitter.wrote(cursor.time());
        }
        break;
      default:
        while (cursor.next()) {
          chunk.write(cursor.time(), cursor.getBinary(0));
          splitter.wrote(cursor.time());
        }
    }
  }
}
