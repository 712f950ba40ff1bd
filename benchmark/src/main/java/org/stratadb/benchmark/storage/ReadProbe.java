package org.stratadb.benchmark.storage;

import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.TimeRange;

/**
 * Reads back what the ingest wrote, once everything is flushed: raw scans of one device and
 * aggregations of one series. Each query runs once cold (no open readers, but the files are likely
 * still in the page cache) and then repeatedly for about a second; every run is checked against the
 * number of points the workload wrote, so a fast wrong answer cannot pass unnoticed.
 */
final class ReadProbe {
  private static final long MIN_NANOS = 1_000_000_000L;
  private static final int MIN_RUNS = 3;
  private static final int MAX_RUNS = 10_000;
  private static final long HOUR_MILLIS = 3_600_000L;

  private final DataRegion region;
  private final Workload workload;
  private final List<ReadResult> results = new ArrayList<>();

  /** A query run to completion: the points it covered. */
  private interface Query {
    long run() throws Exception;
  }

  ReadProbe(DataRegion region, Workload workload) {
    this.region = region;
    this.workload = workload;
  }

  List<ReadResult> runAll() throws Exception {
    long perSeries = (long) workload.rows() * workload.rounds();
    int half = workload.doubleSensors();
    int few = Math.min(5, half);
    List<Integer> mixed = new ArrayList<>();
    for (int i = 0; i < few; i++) {
      mixed.add(i);
      mixed.add(half + i);
    }
    List<Integer> all = new ArrayList<>();
    for (int s = 0; s < workload.sensors(); s++) {
      all.add(s);
    }
    measure(
        "scan " + mixed.size() + " sensors, 1 device", mixed.size() * perSeries, () -> scan(mixed));
    measure("scan " + all.size() + " sensors, 1 device", all.size() * perSeries, () -> scan(all));
    measure("aggregate count/sum/avg/max", perSeries, () -> aggregate(0));
    measure("aggregate same, group by 1h", perSeries, () -> aggregate(HOUR_MILLIS));
    return results;
  }

  private void measure(String name, long expectedPoints, Query query) throws Exception {
    long start = System.nanoTime();
    check(name, expectedPoints, query.run());
    long cold = System.nanoTime() - start;
    int runs = 0;
    long warmStart = System.nanoTime();
    while (runs < MIN_RUNS || (System.nanoTime() - warmStart < MIN_NANOS && runs < MAX_RUNS)) {
      check(name, expectedPoints, query.run());
      runs++;
    }
    long warm = (System.nanoTime() - warmStart) / runs;
    results.add(new ReadResult(name, expectedPoints, cold, warm, runs));
  }

  private static void check(String name, long expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException(
          name + " covered " + actual + " points, expected " + expected);
    }
  }

  private long scan(List<Integer> sensors) throws Exception {
    List<String> names = new ArrayList<>();
    List<TSDataType> types = new ArrayList<>();
    for (int s : sensors) {
      names.add(Workload.sensor(s));
      types.add(workload.type(s));
    }
    long points = 0;
    double checksum = 0;
    SeriesScan scan = SeriesScan.of(workload.device(0), false, names, types);
    try (BlockIterator blocks = region.scan(scan)) {
      while (blocks.hasNext()) {
        TsBlock block = blocks.next();
        for (int c = 0; c < block.getValueColumnCount(); c++) {
          Column column = block.getColumn(c);
          boolean isDouble = types.get(c) == TSDataType.DOUBLE;
          for (int r = 0; r < block.getPositionCount(); r++) {
            if (!column.isNull(r)) {
              checksum += isDouble ? column.getDouble(r) : column.getLong(r);
              points++;
            }
          }
        }
      }
    }
    // consumed so the JIT cannot drop the value reads
    return Double.isNaN(checksum) ? -1 : points;
  }

  private long aggregate(long interval) throws Exception {
    TimeRange range = new TimeRange(Workload.BASE_TIME, workload.lastTime());
    List<AggregationKind> kinds =
        List.of(
            AggregationKind.COUNT,
            AggregationKind.SUM,
            AggregationKind.AVG,
            AggregationKind.MAX_VALUE);
    AggregationQuery query =
        new AggregationQuery(
            workload.device(0),
            false,
            Workload.sensor(0),
            workload.type(0),
            kinds,
            range,
            interval,
            interval);
    long count = 0;
    for (AggregationRow row : region.aggregate(query)) {
      count += (Long) row.value(0);
    }
    return count;
  }
}
