package org.stratadb.datanode.coordinator.schema;

import static org.apache.tsfile.enums.TSDataType.INT64;
import static org.apache.tsfile.enums.TSDataType.TEXT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;
import org.stratadb.datanode.coordinator.table.TableResult;
import org.stratadb.datanode.schema.DeviceRow;
import org.stratadb.datanode.schema.MeasurementSpec;
import org.stratadb.datanode.schema.SchemaRegion;
import org.stratadb.datanode.schema.SeriesSchema;
import org.stratadb.datanode.schema.TimeseriesRow;

/** Timeseries and device DDL and the SHOW / COUNT statements over the schema regions. */
public final class SchemaStatements {
  private final SchemaRegions regions;

  public SchemaStatements(SchemaRegions regions) {
    this.regions = regions;
  }

  public void createTimeseries(PartialPath path, MeasurementSpec spec) {
    checkSeriesPath(path);
    regions.forDevice(path.parent()).createTimeseries(path.parent(), spec);
  }

  public void createAlignedTimeseries(PartialPath device, List<MeasurementSpec> specs) {
    checkSeriesPath(device.child("m"));
    regions.forDevice(device).createAlignedTimeseries(device, specs);
  }

  /**
   * Drops the matching series and returns them, so their data can be deleted too.
   *
   * @throws StrataException PATH_NOT_EXIST when nothing matched
   */
  public List<SeriesSchema> dropTimeseries(List<PartialPath> patterns) {
    List<SeriesSchema> dropped = new ArrayList<>();
    for (PartialPath pattern : patterns) {
      for (SchemaRegion region : regions.forPattern(pattern)) {
        dropped.addAll(region.deleteTimeseries(List.of(new PathPattern(pattern))));
      }
    }
    if (dropped.isEmpty()) {
      throw new StrataException(
          StatusCode.PATH_NOT_EXIST,
          "Timeseries [" + join(patterns) + "] does not exist or is not a timeseries");
    }
    return dropped;
  }

  /** Every concrete series matching the pattern, sorted by path. */
  public List<SeriesSchema> matchSeries(PartialPath pattern) {
    List<SeriesSchema> all = new ArrayList<>();
    for (SchemaRegion region : regions.forPattern(pattern)) {
      all.addAll(region.fetchSeries(new PathPattern(pattern)));
    }
    all.sort(Comparator.comparing(SeriesSchema::path));
    return all;
  }

  public TableResult showTimeseries(PartialPath pattern, long limit, long offset) {
    List<TimeseriesRow> rows = new ArrayList<>();
    for (SchemaRegion region : regions.forPattern(pattern)) {
      rows.addAll(region.showTimeseries(new PathPattern(pattern), null, 0, 0));
    }
    rows.sort(Comparator.comparing(TimeseriesRow::timeseries));
    return textTable(TimeseriesRow.COLUMNS, page(rows, limit, offset), TimeseriesRow::cells);
  }

  public TableResult showDevices(
      PartialPath pattern, boolean withDatabase, long limit, long offset) {
    List<DeviceRow> rows = new ArrayList<>();
    for (SchemaRegion region : regions.forPattern(pattern)) {
      rows.addAll(region.showDevices(new PathPattern(pattern), 0, 0));
    }
    rows.sort(Comparator.comparing(DeviceRow::device));
    return withDatabase
        ? textTable(
            DeviceRow.COLUMNS_WITH_DATABASE,
            page(rows, limit, offset),
            r -> r.cellsWithDatabase("INF"))
        : textTable(DeviceRow.COLUMNS, page(rows, limit, offset), r -> r.cells("INF"));
  }

  public TableResult countTimeseries(PartialPath pattern, Integer groupByLevel) {
    if (groupByLevel == null) {
      long count = 0;
      for (SchemaRegion region : regions.forPattern(pattern)) {
        count += region.countTimeseries(new PathPattern(pattern), null);
      }
      return TableResult.builder().column("count(timeseries)", INT64).row(count).build();
    }
    SortedMap<PartialPath, Long> byLevel = new TreeMap<>();
    for (SchemaRegion region : regions.forPattern(pattern)) {
      region
          .countTimeseriesByLevel(new PathPattern(pattern), groupByLevel)
          .forEach((path, n) -> byLevel.merge(path, n, Long::sum));
    }
    TableResult.Builder out =
        TableResult.builder().column("Column", TEXT).column("count(timeseries)", INT64);
    for (Map.Entry<PartialPath, Long> e : byLevel.entrySet()) {
      out.row(e.getKey().toString(), e.getValue());
    }
    return out.build();
  }

  public TableResult countDevices(PartialPath pattern) {
    long count = 0;
    for (SchemaRegion region : regions.forPattern(pattern)) {
      count += region.countDevices(new PathPattern(pattern));
    }
    return TableResult.builder().column("count(devices)", INT64).row(count).build();
  }

  private static <T> List<T> page(List<T> rows, long limit, long offset) {
    int from = (int) Math.min(rows.size(), Math.max(0, offset));
    int to = limit <= 0 ? rows.size() : (int) Math.min(rows.size(), from + limit);
    return rows.subList(from, to);
  }

  private static <T> TableResult textTable(
      List<String> columns, List<T> rows, java.util.function.Function<T, List<String>> cells) {
    List<TSDataType> types = new ArrayList<>();
    columns.forEach(c -> types.add(TEXT));
    List<Object[]> out = new ArrayList<>(rows.size());
    for (T row : rows) {
      out.add(cells.apply(row).toArray());
    }
    return TableResult.of(columns, types, out);
  }

  private static void checkSeriesPath(PartialPath path) {
    if (path.length() < 3 || !PartialPath.ROOT.equals(path.node(0))) {
      throw new StrataException(
          StatusCode.ILLEGAL_PATH,
          path
              + " is not a legal path: a timeseries path has a database and a measurement below root");
    }
    if (path.hasWildcard()) {
      throw new StrataException(
          StatusCode.ILLEGAL_PATH,
          path + " is not a legal path: a timeseries path has no wildcard");
    }
  }

  private static String join(List<PartialPath> paths) {
    return String.join(", ", paths.stream().map(PartialPath::toString).toList());
  }
}
