package org.stratadb.benchmark.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.write.TsFileWriter;
import org.apache.tsfile.write.schema.IMeasurementSchema;
import org.stratadb.storage.tsfile.DeviceIds;

/**
 * The yardstick: the same tablets written by Apache TsFile's own {@link TsFileWriter} into one
 * file, with its default configuration (chunk groups flushed at its 128 MB memory threshold) and
 * the encodings StrataDB gives the series. It has no WAL, no memtable and no reader to serve, which
 * is the point: it is the cost of producing the file format alone.
 */
final class TsFileBaseline implements IngestLoop.Sink {
  private final TsFileWriter writer;
  private final Path file;

  TsFileBaseline(Path dir, Workload workload) throws Exception {
    Files.createDirectories(dir);
    this.file = dir.resolve("baseline.tsfile");
    this.writer = new TsFileWriter(file.toFile());
    List<IMeasurementSchema> schemas = TabletData.schemasOf(workload.columns());
    for (int d = 0; d < workload.devices(); d++) {
      // The engine's id builder, so the ids are the ones its flush writes. TsFile parses string
      // paths with an ANTLR grammar that a newer ANTLR runtime breaks; writeTree still parses
      // the tablet's device string, which works with the ANTLR this build pins.
      IDeviceID id = DeviceIds.of(workload.device(d));
      for (IMeasurementSchema schema : schemas) {
        writer.registerTimeseries(id, schema);
      }
    }
  }

  @Override
  public void write(int device, TabletData tablet) throws Exception {
    writer.writeTree(tablet.tsFileTablet(device));
  }

  @Override
  public void finish() throws Exception {
    writer.close();
  }

  long fileBytes() throws Exception {
    return Files.size(file);
  }
}
