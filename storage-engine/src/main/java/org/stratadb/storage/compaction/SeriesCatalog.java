package org.stratadb.storage.compaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.AbstractAlignedChunkMetadata;
import org.apache.tsfile.file.metadata.IChunkMetadata;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.file.metadata.TimeseriesMetadata;
import org.apache.tsfile.read.TsFileSequenceReader;
import org.apache.tsfile.write.schema.MeasurementSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.read.TsFileReaderCache;
import org.stratadb.storage.tsfile.DeviceIds;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Every device and series of a compaction's sources, and how the target stores each. Where sources
 * disagree (a series deleted and re-created with another type or encoding, a device re-created with
 * the other alignment), the source of the highest priority decides, being the newest: reads ask for
 * the series with the current schema, which that source was written with, and skip chunks of
 * another type; so the target keeps only those, and the points of another type are dropped.
 */
final class SeriesCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(SeriesCatalog.class);

  /**
   * One device of the target.
   *
   * @param columns value schemas sorted by measurement, from the chunk headers of the newest source
   * @param sources the sources holding the device, lowest priority first
   */
  record Device(
      String name,
      IDeviceID id,
      boolean aligned,
      List<MeasurementSchema> columns,
      List<TsFileResource> sources) {}

  private SeriesCatalog() {}

  /** The devices of {@code sources} in TsFile device order. */
  static List<Device> scan(List<TsFileResource> sources, SourceView view, TsFileReaderCache readers)
      throws IOException {
    List<TsFileResource> ranked = new ArrayList<>(sources);
    ranked.sort(Comparator.comparingLong(view::priority).reversed());
    Map<String, Collector> devices = new TreeMap<>();
    for (TsFileResource source : ranked) {
      try (TsFileReaderCache.Lease lease = readers.acquire(source.path())) {
        for (String device : source.devices()) {
          Collector collector =
              devices.computeIfAbsent(device, d -> new Collector(d, source.isAligned(d)));
          collector.sources.add(0, source);
          collector.addSeries(lease.reader(), source);
        }
      } catch (RuntimeException e) {
        // TsFile's reader reports damaged metadata with unchecked exceptions
        throw new IOException("cannot read the metadata of " + source.path() + ": " + e, e);
      }
    }
    List<Device> out = new ArrayList<>(devices.size());
    for (Collector collector : devices.values()) {
      out.add(collector.build());
    }
    out.sort(Comparator.comparing(Device::id));
    return out;
  }

  /** A device as sources are met, newest first. */
  private static final class Collector {
    final String name;
    final IDeviceID id;
    final boolean aligned;
    final Map<String, MeasurementSchema> columns = new TreeMap<>();
    final List<TsFileResource> sources = new ArrayList<>();

    Collector(String name, boolean aligned) {
      this.name = name;
      this.id = DeviceIds.of(name);
      this.aligned = aligned;
    }

    void addSeries(TsFileSequenceReader reader, TsFileResource source) throws IOException {
      for (TimeseriesMetadata series : reader.getDeviceTimeseriesMetadataWithoutChunkMetadata(id)) {
        String measurement = series.getMeasurementId();
        TSDataType type = series.getTsDataType();
        if (type == TSDataType.VECTOR || measurement.isEmpty()) {
          continue; // the time column of an aligned device
        }
        MeasurementSchema known = columns.get(measurement);
        if (known == null) {
          MeasurementSchema schema = schemaOf(reader, measurement);
          if (schema != null) {
            columns.put(measurement, schema);
          }
        } else if (known.getType() != type) {
          LOG.warn(
              "{}.{} is {} in {} but {} in a newer source: its {} points are not compacted",
              name,
              measurement,
              type,
              source.path(),
              known.getType(),
              type);
        }
      }
    }

    /** The schema in the header of the series' last chunk, or null when it has no chunk. */
    private MeasurementSchema schemaOf(TsFileSequenceReader reader, String measurement)
        throws IOException {
      List<IChunkMetadata> chunks = reader.getIChunkMetadataList(id, measurement);
      for (int i = chunks.size() - 1; i >= 0; i--) {
        IChunkMetadata chunk = chunks.get(i);
        if (chunk instanceof AbstractAlignedChunkMetadata alignedChunk) {
          List<IChunkMetadata> values = alignedChunk.getValueChunkMetadataList();
          chunk = values.isEmpty() ? null : values.get(0);
        }
        if (chunk != null) {
          return reader.getMeasurementSchema(List.of(chunk));
        }
      }
      return null;
    }

    Device build() {
      return new Device(name, id, aligned, List.copyOf(columns.values()), List.copyOf(sources));
    }
  }
}
