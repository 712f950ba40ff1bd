package org.stratadb.storage.testing;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.column.ColumnValues;
import org.stratadb.storage.column.SortedColumn;

/**
 * Random values and series, and conversions between columns and the sorted maps (time to boxed
 * value) tests model series with.
 */
public final class TestData {
  private TestData() {}

  public static Object randomValue(TSDataType type, Random random) {
    switch (type) {
      case BOOLEAN:
        return random.nextBoolean();
      case INT32:
        return random.nextInt(2001) - 1000;
      case INT64:
        return random.nextLong() % 1_000_000L;
      case FLOAT:
        return (random.nextInt(200_001) - 100_000) / 8f;
      case DOUBLE:
        return (random.nextInt(2_000_001) - 1_000_000) / 16.0;
      case DATE:
        return 20240101 + random.nextInt(28);
      case TIMESTAMP:
        return 1_700_000_000_000L + random.nextInt(1_000_000);
      default:
        return binary("v" + random.nextInt(1000));
    }
  }

  public static Binary binary(String text) {
    return new Binary(text, StandardCharsets.UTF_8);
  }

  /** Random points at distinct random times in {@code [from, to)}. */
  public static NavigableMap<Long, Object> randomSeries(
      TSDataType type, Random random, long from, long to, int count) {
    NavigableMap<Long, Object> points = new TreeMap<>();
    while (points.size() < Math.min(count, to - from)) {
      points.put(from + (long) (random.nextDouble() * (to - from)), randomValue(type, random));
    }
    return points;
  }

  /** Consecutive points {@code from, from + step, ...}. */
  public static NavigableMap<Long, Object> series(
      TSDataType type, Random random, long from, long step, int count) {
    NavigableMap<Long, Object> points = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      points.put(from + i * step, randomValue(type, random));
    }
    return points;
  }

  public static SortedColumn column(TSDataType type, Map<Long, Object> points) {
    int n = points.size();
    long[] times = new long[n];
    Object values = ColumnValues.newArray(type, n);
    int i = 0;
    for (Map.Entry<Long, Object> point : points.entrySet()) {
      times[i] = point.getKey();
      Array.set(values, i, point.getValue());
      i++;
    }
    return new SortedColumn(type, times, values, n);
  }

  public static NavigableMap<Long, Object> map(SortedColumn column) {
    NavigableMap<Long, Object> points = new TreeMap<>();
    for (int i = 0; i < column.size(); i++) {
      points.put(column.time(i), column.boxed(i));
    }
    return points;
  }
}
