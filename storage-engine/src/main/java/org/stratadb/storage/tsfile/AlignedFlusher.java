package org.stratadb.storage.tsfile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.write.chunk.AlignedChunkWriterImpl;
import org.apache.tsfile.write.schema.IMeasurementSchema;
import org.apache.tsfile.write.writer.TsFileIOWriter;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.memtable.MemTableCursor;

/**
 * Writes an aligned device as one chunk group of aligned chunks: a time chunk and one value chunk
 * per measurement (sorted by name) that still holds points, a null cell where a row lacks one.
 */
final class AlignedFlusher {

  private AlignedFlusher() {}

  /**
   * Writes the series {@code specs} of {@code device}, which hold points; returns the rows written
   * and adds the device to {@code resource} if it had any.
   */
  static long flush(
      TsFileIOWriter file,
      MemTable table,
      String device,
      IDeviceID id,
      List<ColumnSpec> specs,
      TsFileResource.Builder resource)
      throws IOException {
    List<IMeasurementSchema> schemas = new ArrayList<>(specs.size());
    List<String> names = new ArrayList<>(specs.size());
    TSDataType[] types = new TSDataType[specs.size()];
    for (int c = 0; c < types.length; c++) {
      schemas.add(Schemas.of(specs.get(c)));
      names.add(specs.get(c).measurement());
      types[c] = specs.get(c).type();
    }
    AlignedChunkWriterImpl chunk = new AlignedChunkWriterImpl(schemas);
    ChunkSplitter splitter =
        new ChunkSplitter(c -> c.writeToFileWriter(file), chunk, ChunkSplitter.anyBinary(schemas));
    MemTableCursor rows = table.scanAligned(device, names, TimeRange.ALL);
    file.startChunkGroup(id);
    while (rows.next()) {
      long time = rows.time();
      for (int c = 0; c < types.length; c++) {
        writeCell(chunk, rows, c, types[c], time);
      }
      chunk.write(time);
      splitter.wrote(time);
    }
    splitter.finish(resource, device, true);
    file.endChunkGroup();
    return splitter.points();
  }

  private static void writeCell(
      AlignedChunkWriterImpl chunk, MemTableCursor rows, int c, TSDataType type, long time) {
    boolean isNull = rows.isNull(c);
    switch (type) {
      case BOOLEAN:
        chunk.write(time, !isNull && rows.getBoolean(c), isNull, c);
        break;
      case INT32:
      case DATE:
        chunk.write(time, isNull ? 0 : rows.getInt(c), isNull, c);
        break;
      case INT64:
      case TIMESTAMP:
        chunk.write(time, isNull ? 0L : rows.getLong(c), isNull, c);
        break;
      case FLOAT:
        chunk.write(time, isNull ? 0f : rows.getFloat(c), isNull, c);
        break;
      case DOUBLE:
        chunk.write(time, isNull ? 0d : rows.getDouble(c), isNull, c);
        break;
      default:
        chunk.write(time, isNull ? Binary.EMPTY_VALUE : rows.getBinary(c), isNull, c);
    }
  }
}
