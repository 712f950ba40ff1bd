package org.stratadb.storage.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.AbstractAlignedChunkMetadata;
import org.apache.tsfile.file.metadata.ChunkMetadata;
import org.apache.tsfile.file.metadata.IChunkMetadata;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.read.TsFileDeviceIterator;
import org.apache.tsfile.read.TsFileSequenceReader;
import org.apache.tsfile.read.common.BatchData;
import org.apache.tsfile.read.common.Chunk;
import org.apache.tsfile.read.reader.IPageReader;
import org.apache.tsfile.read.reader.chunk.AlignedChunkReader;
import org.apache.tsfile.read.reader.chunk.ChunkReader;
import org.apache.tsfile.utils.Pair;
import org.apache.tsfile.utils.TsPrimitiveType;

/** Every point of a TsFile, read back with Apache TsFile's own reader; for tests. */
public final class TsFileContents {
  /** device -> measurement -> time -> boxed value. */
  public final Map<String, Map<String, TreeMap<Long, Object>>> points = new TreeMap<>();

  public final Map<String, Boolean> aligned = new TreeMap<>();
  public final Map<String, TSDataType> types = new TreeMap<>();
  public final List<String> deviceOrder = new ArrayList<>();

  /**
   * device.measurement -> "ENCODING/COMPRESSOR" of its value chunks (types are in {@link #types}).
   */
  public final Map<String, String> codecs = new TreeMap<>();

  public int chunks;
  public int maxChunkPoints;
  public int maxPagePoints;

  public static TsFileContents read(Path file) throws IOException {
    TsFileContents contents = new TsFileContents();
    try (TsFileSequenceReader reader = new TsFileSequenceReader(file.toString())) {
      TsFileDeviceIterator devices = reader.getAllDevicesIteratorWithIsAligned();
      while (devices.hasNext()) {
        Pair<IDeviceID, Boolean> device = devices.next();
        String name = device.left.toString();
        contents.deviceOrder.add(name);
        contents.aligned.put(name, device.right);
        if (device.right) {
          contents.readAligned(reader, device.left, name);
        } else {
          contents.readSeries(reader, device.left, name);
        }
      }
    }
    return contents;
  }

  private void readSeries(TsFileSequenceReader reader, IDeviceID id, String device)
      throws IOException {
    for (Map.Entry<String, List<ChunkMetadata>> series :
        reader.readChunkMetadataInDevice(id).entrySet()) {
      for (ChunkMetadata metadata : series.getValue()) {
        Chunk chunk = reader.readMemChunk(metadata);
        TSDataType type = chunk.getHeader().getDataType();
        types.put(device + "." + series.getKey(), type);
        codecs.put(device + "." + series.getKey(), codec(chunk));
        int chunkPoints = 0;
        for (IPageReader page : new ChunkReader(chunk).loadPageReaderList()) {
          BatchData batch = page.getAllSatisfiedPageData();
          maxPagePoints = Math.max(maxPagePoints, batch.length());
          chunkPoints += batch.length();
          for (; batch.hasCurrent(); batch.next()) {
            put(
                device,
                series.getKey(),
                batch.currentTime(),
                box(batch.currentTsPrimitiveType(), type));
          }
        }
        chunks++;
        maxChunkPoints = Math.max(maxChunkPoints, chunkPoints);
      }
    }
  }

  private void readAligned(TsFileSequenceReader reader, IDeviceID id, String device)
      throws IOException {
    for (AbstractAlignedChunkMetadata metadata : reader.getAlignedChunkMetadata(id, true)) {
      Chunk time = reader.readMemChunk((ChunkMetadata) metadata.getTimeChunkMetadata());
      List<Chunk> values = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<TSDataType> columnTypes = new ArrayList<>();
      for (IChunkMetadata value : metadata.getValueChunkMetadataList()) {
        Chunk chunk = value == null ? null : reader.readMemChunk((ChunkMetadata) value);
        values.add(chunk);
        names.add(value == null ? null : value.getMeasurementUid());
        columnTypes.add(value == null ? null : chunk.getHeader().getDataType());
        if (value != null) {
          types.put(device + "." + value.getMeasurementUid(), chunk.getHeader().getDataType());
          codecs.put(device + "." + value.getMeasurementUid(), codec(chunk));
        }
      }
      int chunkRows = 0;
      for (IPageReader page : new AlignedChunkReader(time, values).loadPageReaderList()) {
        BatchData batch = page.getAllSatisfiedPageData();
        maxPagePoints = Math.max(maxPagePoints, batch.length());
        chunkRows += batch.length();
        for (; batch.hasCurrent(); batch.next()) {
          TsPrimitiveType[] row = batch.getVector();
          for (int c = 0; c < row.length; c++) {
            if (row[c] != null) {
              put(device, names.get(c), batch.currentTime(), box(row[c], columnTypes.get(c)));
            }
          }
        }
      }
      chunks++;
      maxChunkPoints = Math.max(maxChunkPoints, chunkRows);
    }
  }

  private static String codec(Chunk chunk) {
    return chunk.getHeader().getEncodingType() + "/" + chunk.getHeader().getCompressionType();
  }

  private void put(String device, String measurement, long time, Object value) {
    Object old =
        points
            .computeIfAbsent(device, d -> new TreeMap<>())
            .computeIfAbsent(measurement, m -> new TreeMap<>())
            .put(time, value);
    if (old != null) {
      throw new AssertionError(device + "." + measurement + " has time " + time + " twice");
    }
  }

  private static Object box(TsPrimitiveType value, TSDataType type) {
    switch (type) {
      case BOOLEAN:
        return value.getBoolean();
      case INT32:
      case DATE:
        return value.getInt();
      case INT64:
      case TIMESTAMP:
        return value.getLong();
      case FLOAT:
        return value.getFloat();
      case DOUBLE:
        return value.getDouble();
      default:
        return value.getBinary();
    }
  }
}
