package org.stratadb.storage.tsfile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.file.metadata.TimeseriesMetadata;
import org.apache.tsfile.file.metadata.statistics.Statistics;
import org.apache.tsfile.read.TsFileDeviceIterator;
import org.apache.tsfile.read.TsFileSequenceReader;
import org.apache.tsfile.utils.Pair;

/** Recomputes a resource from a complete TsFile's metadata index, reading no data pages. */
final class ResourceRebuilder {

  private ResourceRebuilder() {}

  static TsFileResource rebuild(Path tsFile, boolean sequence, long timePartition)
      throws IOException {
    TsFileResource.Builder builder = TsFileResource.builder(tsFile, sequence, timePartition);
    try (TsFileSequenceReader reader = new TsFileSequenceReader(tsFile.toString(), false)) {
      if (!reader.isComplete()) {
        throw new IOException("cannot rebuild the resource of incomplete TsFile " + tsFile);
      }
      reader.loadMetadataSize();
      TsFileDeviceIterator devices = reader.getAllDevicesIteratorWithIsAligned();
      while (devices.hasNext()) {
        Pair<IDeviceID, Boolean> device = devices.next();
        addDevice(builder, reader, device.left, device.right);
      }
    } catch (RuntimeException e) {
      // TsFile's reader reports damaged metadata with unchecked exceptions
      throw new IOException("cannot read the metadata of TsFile " + tsFile + ": " + e, e);
    }
    return builder.build();
  }

  private static void addDevice(
      TsFileResource.Builder builder, TsFileSequenceReader reader, IDeviceID id, boolean aligned)
      throws IOException {
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    List<TimeseriesMetadata> series = reader.getDeviceTimeseriesMetadataWithoutChunkMetadata(id);
    for (TimeseriesMetadata metadata : series) {
      Statistics<?> statistics = metadata.getStatistics();
      if (statistics != null && statistics.getCount() > 0) {
        start = Math.min(start, statistics.getStartTime());
        end = Math.max(end, statistics.getEndTime());
      }
    }
    if (start <= end) {
      builder.device(id.toString(), start, end, aligned);
    }
  }
}
