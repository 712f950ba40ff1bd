package org.stratadb.storage.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;

/**
 * Builds DOUBLE tablets and reads series back through the public API as plain maps, for tests of
 * whole regions.
 */
public final class RegionFixtures {

  private RegionFixtures() {}

  /** One DOUBLE column per measurement; value of row i in column c is {@code values[c][i]}. */
  public static Tablet doubles(
      String device, boolean aligned, List<String> measurements, long[] times, double[][] values) {
    ColumnSpec[] columns = new ColumnSpec[measurements.size()];
    Object[] arrays = new Object[measurements.size()];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = ColumnSpec.of(measurements.get(c), TSDataType.DOUBLE);
      arrays[c] = values[c];
    }
    return new Tablet(device, aligned, columns, times, arrays, null, times.length);
  }

  /** A tablet of one DOUBLE series with value {@code base + time} at each time. */
  public static Tablet series(String device, String measurement, double base, long... times) {
    double[] values = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      values[i] = base + times[i];
    }
    return doubles(device, false, List.of(measurement), times, new double[][] {values});
  }

  public static long[] range(long from, long toExclusive) {
    long[] times = new long[(int) (toExclusive - from)];
    for (int i = 0; i < times.length; i++) {
      times[i] = from + i;
    }
    return times;
  }

  /** Every point of one DOUBLE series in a range, time to value. */
  public static TreeMap<Long, Double> read(DataRegion region, String device, String measurement)
      throws StorageException {
    return read(region, device, measurement, TimeRange.ALL);
  }

  public static TreeMap<Long, Double> read(
      DataRegion region, String device, String measurement, TimeRange range)
      throws StorageException {
    TreeMap<Long, Double> points = new TreeMap<>();
    SeriesScan scan =
        new SeriesScan(
            device, false, List.of(measurement), List.of(TSDataType.DOUBLE), range, null, 1000);
    try (BlockIterator blocks = region.scan(scan)) {
      while (blocks.hasNext()) {
        TsBlock block = blocks.next();
        for (int row = 0; row < block.getPositionCount(); row++) {
          if (!block.getColumn(0).isNull(row)) {
            points.put(block.getTimeByIndex(row), block.getColumn(0).getDouble(row));
          }
        }
      }
    }
    return points;
  }

  public static List<Long> keys(TreeMap<Long, Double> points) {
    return new ArrayList<>(points.keySet());
  }

  /** What a {@code kill -9} would leave: every file under {@code source} as it is now. */
  public static Path crashCopy(Path source, Path under) throws IOException {
    Path target = Files.createTempDirectory(under, "crashed");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    return target;
  }
}
