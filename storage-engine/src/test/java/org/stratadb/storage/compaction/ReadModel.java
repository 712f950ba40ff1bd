package org.stratadb.storage.compaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.mods.Deletions;

/**
 * Brute force: what a read of the region returned from the source files, point by point. The newest
 * file (unsequence before sequence, then version) wins; the newest file holding a series fixes its
 * type, and points of another type are invisible; deleted and expired points are gone.
 */
final class ReadModel {
  private ReadModel() {}

  static Map<String, Map<String, TreeMap<Long, Object>>> visible(
      List<TestFile> files, ToLongFunction<String> visibleFrom) {
    List<TestFile> ranked = new ArrayList<>(files);
    ranked.sort(Comparator.comparingLong(ReadModel::priority));
    Map<String, Map<String, TSDataType>> types = new TreeMap<>();
    for (TestFile file : ranked) {
      for (Map.Entry<String, Map<String, ColumnSpec>> device : file.specs.entrySet()) {
        for (ColumnSpec spec : device.getValue().values()) {
          types
              .computeIfAbsent(device.getKey(), d -> new TreeMap<>())
              .put(spec.measurement(), spec.type());
        }
      }
    }
    Map<String, Map<String, TreeMap<Long, Object>>> out = new TreeMap<>();
    for (TestFile file : ranked) {
      Deletions deletions = Deletions.of(file.deletions);
      for (Map.Entry<String, Map<String, TreeMap<Long, Object>>> device : file.points.entrySet()) {
        String name = device.getKey();
        for (Map.Entry<String, TreeMap<Long, Object>> series : device.getValue().entrySet()) {
          String measurement = series.getKey();
          if (file.specs.get(name).get(measurement).type() != types.get(name).get(measurement)) {
            continue;
          }
          List<TimeRange> deleted = deletions.rangesFor(name, measurement);
          for (Map.Entry<Long, Object> point : series.getValue().entrySet()) {
            long time = point.getKey();
            if (time >= visibleFrom.applyAsLong(name) && !covered(deleted, time)) {
              out.computeIfAbsent(name, d -> new TreeMap<>())
                  .computeIfAbsent(measurement, m -> new TreeMap<>())
                  .put(time, point.getValue());
            }
          }
        }
      }
    }
    return out;
  }

  static long priority(TestFile file) {
    return (file.sequence ? 0 : 1L << 52) + file.version;
  }

  private static boolean covered(List<TimeRange> ranges, long time) {
    for (TimeRange range : ranges) {
      if (range.contains(time)) {
        return true;
      }
    }
    return false;
  }
}
