package org.stratadb.storage.compaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.write.chunk.AlignedChunkWriterImpl;
import org.apache.tsfile.write.schema.IMeasurementSchema;
import org.apache.tsfile.write.schema.MeasurementSchema;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.read.DeviceScan;
import org.stratadb.storage.read.SeriesSource;
import org.stratadb.storage.read.TsFileReaderCache;
import org.stratadb.storage.tsfile.ChunkSplitter;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Writes an aligned device of the target: its series merged each on its own and joined by time into
 * rows by a {@link DeviceScan}, the raw read of the region, so a row exists where a read finds one.
 * Series with no surviving point are left out of the device.
 */
final class AlignedWriter {
  private static final int ROWS_PER_BLOCK = 1024;

  private AlignedWriter() {}

  static void write(
      TargetFile file,
      SeriesCatalog.Device device,
      SourceView view,
      TsFileReaderCache readers,
      int maxChunkPoints,
      TsFileResource.Builder resource)
      throws IOException {
    List<IMeasurementSchema> schemas = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<TSDataType> types = new ArrayList<>();
    List<List<SeriesSource>> sources = new ArrayList<>();
    for (MeasurementSchema column : device.columns()) {
      List<SeriesSource> inputs = MergeInputs.of(device, column, view, readers);
      if (MergeInputs.anySurvives(inputs)) {
        schemas.add(column);
        names.add(column.getMeasurementName());
        types.add(column.getType());
        sources.add(inputs);
      }
    }
    if (schemas.isEmpty()) {
      return;
    }
    file.startDevice(device.id());
    AlignedChunkWriterImpl chunk = new AlignedChunkWriterImpl(schemas);
    ChunkSplitter splitter =
        new ChunkSplitter(file, chunk, maxChunkPoints, ChunkSplitter.anyBinary(schemas));
    SeriesScan scan =
        new SeriesScan(device.name(), true, names, types, TimeRange.ALL, null, ROWS_PER_BLOCK);
    try (DeviceScan rows = DeviceScan.open(scan, sources)) {
      while (rows.hasNext()) {
        writeBlock(rows.next(), chunk, splitter);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    splitter.finish(resource, device.name(), true);
    file.endDevice();
  }

  private static void writeBlock(
      TsBlock block, AlignedChunkWriterImpl chunk, ChunkSplitter splitter) throws IOException {
    Column times = block.getTimeColumn();
    int width = block.getValueColumnCount();
    for (int row = 0; row < block.getPositionCount(); row++) {
      long time = times.getLong(row);
      for (int c = 0; c < width; c++) {
        writeCell(chunk, block.getColumn(c), row, c, time);
      }
      chunk.write(time);
      splitter.wrote(time);
    }
  }

  private static void writeCell(
      AlignedChunkWriterImpl chunk, Column column, int row, int c, long time) {
    boolean isNull = column.isNull(row);
    switch (column.getDataType()) {
      case BOOLEAN -> chunk.write(time, !isNull && column.getBoolean(row), isNull, c);
      case INT32, DATE -> chunk.write(time, isNull ? 0 : column.getInt(row), isNull, c);
      case INT64, TIMESTAMP -> chunk.write(time, isNull ? 0L : column.getLong(row), isNull, c);
      case FLOAT -> chunk.write(time, isNull ? 0f : column.getFloat(row), isNull, c);
      case DOUBLE -> chunk.write(time, isNull ? 0d : column.getDouble(row), isNull, c);
      default -> chunk.write(time, isNull ? Binary.EMPTY_VALUE : column.getBinary(row), isNull, c);
    }
  }
}
