package org.stratadb.storage.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.utils.TsPrimitiveType;
import org.apache.tsfile.write.chunk.AlignedChunkWriterImpl;
import org.apache.tsfile.write.chunk.ChunkWriterImpl;
import org.apache.tsfile.write.schema.IMeasurementSchema;
import org.apache.tsfile.write.schema.MeasurementSchema;
import org.apache.tsfile.write.writer.TsFileIOWriter;
import org.stratadb.storage.tsfile.DeviceIds;

/**
 * Writes TsFiles with Apache TsFile's own writers, with the chunk and page layout a test needs:
 * each call is one chunk group, and pages are sealed every {@code pageSize} points.
 */
final class TsFileBuilder implements AutoCloseable {
  private final TsFileIOWriter writer;

  TsFileBuilder(Path file) throws IOException {
    this.writer = new TsFileIOWriter(file.toFile());
  }

  /** One chunk group of a non-aligned device holding one chunk of {@code measurement}. */
  TsFileBuilder chunk(
      String device,
      String measurement,
      TSDataType type,
      NavigableMap<Long, Object> points,
      int pageSize)
      throws IOException {
    ChunkWriterImpl chunk = new ChunkWriterImpl(new MeasurementSchema(measurement, type));
    int i = 0;
    for (Map.Entry<Long, Object> point : points.entrySet()) {
      write(chunk, type, point.getKey(), point.getValue());
      if (++i % pageSize == 0 && i < points.size()) {
        chunk.sealCurrentPage();
      }
    }
    writer.startChunkGroup(DeviceIds.of(device));
    chunk.writeToFileWriter(writer);
    writer.endChunkGroup();
    return this;
  }

  /**
   * One chunk group of an aligned device: rows at the union of the measurements' times, null where
   * a measurement has no point.
   */
  TsFileBuilder aligned(
      String device,
      List<String> measurements,
      List<TSDataType> types,
      List<NavigableMap<Long, Object>> columns,
      int pageSize)
      throws IOException {
    List<IMeasurementSchema> schemas = new ArrayList<>();
    TreeSet<Long> times = new TreeSet<>();
    for (int c = 0; c < measurements.size(); c++) {
      schemas.add(new MeasurementSchema(measurements.get(c), types.get(c)));
      times.addAll(columns.get(c).keySet());
    }
    AlignedChunkWriterImpl chunk = new AlignedChunkWriterImpl(schemas);
    int i = 0;
    for (long time : times) {
      TsPrimitiveType[] row = new TsPrimitiveType[measurements.size()];
      for (int c = 0; c < row.length; c++) {
        Object value = columns.get(c).get(time);
        row[c] = value == null ? null : TsPrimitiveType.getByType(types.get(c), value);
      }
      chunk.write(time, row);
      if (++i % pageSize == 0 && i < times.size()) {
        chunk.sealCurrentPage();
      }
    }
    writer.startChunkGroup(DeviceIds.of(device));
    chunk.writeToFileWriter(writer);
    writer.endChunkGroup();
    return this;
  }

  private static void write(ChunkWriterImpl chunk, TSDataType type, long time, Object value) {
    switch (type) {
      case BOOLEAN -> chunk.write(time, (boolean) (Boolean) value);
      case INT32, DATE -> chunk.write(time, (int) (Integer) value);
      case INT64, TIMESTAMP -> chunk.write(time, (long) (Long) value);
      case FLOAT -> chunk.write(time, (float) (Float) value);
      case DOUBLE -> chunk.write(time, (double) (Double) value);
      default -> chunk.write(time, (Binary) value);
    }
  }

  @Override
  public void close() throws IOException {
    writer.endFile();
  }
}
