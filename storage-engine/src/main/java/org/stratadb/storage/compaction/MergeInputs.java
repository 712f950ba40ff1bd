package org.stratadb.storage.compaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.write.schema.MeasurementSchema;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.read.SeriesKey;
import org.stratadb.storage.read.SeriesMerger;
import org.stratadb.storage.read.SeriesSource;
import org.stratadb.storage.read.TsFileReaderCache;
import org.stratadb.storage.read.TsFileSeriesSource;
import org.stratadb.storage.read.Visibility;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * The sources of one series of the target, as a read of the region would see them: the same
 * priorities, deletions and TTL bound, so the merged stream is exactly what a read returned.
 */
final class MergeInputs {
  private MergeInputs() {}

  static List<SeriesSource> of(
      SeriesCatalog.Device device,
      MeasurementSchema column,
      SourceView view,
      TsFileReaderCache readers) {
    SeriesKey key = new SeriesKey(device.name(), column.getMeasurementName(), column.getType());
    long visibleFrom = view.visibleFrom(device.name());
    List<SeriesSource> sources = new ArrayList<>(device.sources().size());
    for (TsFileResource source : device.sources()) {
      Visibility visibility =
          Visibility.of(view.deleted(source, device.name(), key.measurement()), visibleFrom);
      sources.add(
          new TsFileSeriesSource(
              readers,
              source.path(),
              view.priority(source),
              key,
              visibility,
              source.startTime(device.name())));
    }
    return sources;
  }

  /** Whether any point of the series survives; reads at most its first merged piece. */
  static boolean anySurvives(List<SeriesSource> sources) throws IOException {
    try (SeriesMerger merger = SeriesMerger.open(sources, TimeRange.ALL)) {
      return merger.next() != null;
    }
  }
}
