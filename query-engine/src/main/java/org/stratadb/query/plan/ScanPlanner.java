package org.stratadb.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.analyze.TimeSet;
import org.stratadb.query.spi.RegionSlice;
import org.stratadb.query.spi.SeriesSchema;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.api.ValueFilter;

/**
 * Plans the raw read of some series: one fragment per data region holding any of them, scanning
 * each device's measurements over the times the region holds, and a root time join whose column
 * {@code i} is series {@code i}.
 */
final class ScanPlanner {
  private final PlanContext context;

  ScanPlanner(PlanContext context) {
    this.context = context;
  }

  /** One device's read in one region. */
  private static final class DeviceRead {
    final PartialPath device;
    final List<Integer> series = new ArrayList<>();
    final List<TimeRange> ranges = new ArrayList<>();

    DeviceRead(PartialPath device) {
      this.device = device;
    }
  }

  /**
   * The time-joined rows of {@code series} (distinct) over {@code time}.
   *
   * @param pushed a filter over the single device's series (index = position in {@code series}), or
   *     null; only when all series belong to one device
   */
  PlanNode plan(List<SeriesSchema> series, TimeSet time, ValueFilter pushed) {
    List<TSDataType> types = series.stream().map(SeriesSchema::type).toList();
    if (series.isEmpty() || time.isEmpty()) {
      return new EmptyNode(types);
    }
    Map<PartialPath, List<Integer>> byDevice = new LinkedHashMap<>();
    for (int i = 0; i < series.size(); i++) {
      byDevice.computeIfAbsent(series.get(i).device(), d -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<DeviceRead>> byRegion = new TreeMap<>();
    for (Map.Entry<PartialPath, List<Integer>> device : byDevice.entrySet()) {
      Map<Integer, DeviceRead> reads = new LinkedHashMap<>();
      for (RegionSlice slice :
          context.services.partitions().dataRegions(device.getKey(), time.hull())) {
        List<TimeRange> ranges = time.intersect(slice.range()).ranges();
        if (ranges.isEmpty()) {
          continue;
        }
        DeviceRead read =
            reads.computeIfAbsent(
                slice.regionId(),
                r -> {
                  DeviceRead created = new DeviceRead(device.getKey());
                  created.series.addAll(device.getValue());
                  byRegion.computeIfAbsent(r, x -> new ArrayList<>()).add(created);
                  return created;
                });
        read.ranges.addAll(ranges);
      }
    }
    List<PlanNode> exchanges = new ArrayList<>();
    List<List<Integer>> maps = new ArrayList<>();
    for (Map.Entry<Integer, List<DeviceRead>> region : byRegion.entrySet()) {
      List<Integer> columns = new ArrayList<>();
      PlanNode root = fragmentRoot(region.getKey(), region.getValue(), series, pushed, columns);
      exchanges.add(context.addFragment(region.getKey(), root));
      maps.add(columns);
    }
    if (exchanges.isEmpty()) {
      return new EmptyNode(types);
    }
    return new TimeJoinNode(exchanges, maps, types);
  }

  /** The fragment of one region; {@code columns} receives the series index of each output. */
  private static PlanNode fragmentRoot(
      int regionId,
      List<DeviceRead> reads,
      List<SeriesSchema> series,
      ValueFilter pushed,
      List<Integer> columns) {
    List<PlanNode> scans = new ArrayList<>();
    List<List<Integer>> maps = new ArrayList<>();
    List<TSDataType> types = new ArrayList<>();
    for (DeviceRead read : reads) {
      List<String> measurements = new ArrayList<>();
      List<TSDataType> scanTypes = new ArrayList<>();
      List<Integer> map = new ArrayList<>();
      for (int index : read.series) {
        measurements.add(series.get(index).measurement());
        scanTypes.add(series.get(index).type());
        map.add(columns.size());
        columns.add(index);
        types.add(series.get(index).type());
      }
      boolean aligned = series.get(read.series.get(0)).aligned();
      scans.add(
          new SeriesScanNode(
              regionId,
              read.device.toString(),
              aligned,
              measurements,
              scanTypes,
              read.ranges,
              pushed));
      maps.add(map);
    }
    return scans.size() == 1 ? scans.get(0) : new TimeJoinNode(scans, maps, types);
  }
}
