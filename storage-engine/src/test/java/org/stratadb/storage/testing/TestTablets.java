package org.stratadb.storage.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.utils.BitMap;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.column.ColumnValues;

/**
 * Tablets for tests: built row by row from boxed values (null for a null cell), or random of every
 * type; and compared row by row.
 */
public final class TestTablets {
  /** Every data type a series can have. */
  public static final List<TSDataType> TYPES =
      List.of(
          TSDataType.BOOLEAN,
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.TEXT,
          TSDataType.STRING,
          TSDataType.BLOB,
          TSDataType.DATE,
          TSDataType.TIMESTAMP);

  private final String device;
  private final boolean aligned;
  private final ColumnSpec[] columns;
  private final List<Long> times = new ArrayList<>();
  private final List<Object[]> rows = new ArrayList<>();

  public TestTablets(String device, boolean aligned, ColumnSpec... columns) {
    this.device = device;
    this.aligned = aligned;
    this.columns = columns;
  }

  public static TestTablets of(String device, boolean aligned, ColumnSpec... columns) {
    return new TestTablets(device, aligned, columns);
  }

  public TestTablets row(long time, Object... values) {
    times.add(time);
    rows.add(values.clone());
    return this;
  }

  /** The boxed cells of a row added with {@link #row}. */
  public Object[] rowValues(int row) {
    return rows.get(row);
  }

  public long rowTime(int row) {
    return times.get(row);
  }

  public Tablet build() {
    int n = times.size();
    long[] timeArray = new long[n];
    Object[] values = new Object[columns.length];
    BitMap[] nulls = new BitMap[columns.length];
    for (int c = 0; c < columns.length; c++) {
      values[c] = ColumnValues.newArray(columns[c].type(), n);
    }
    for (int r = 0; r < n; r++) {
      timeArray[r] = times.get(r);
      for (int c = 0; c < columns.length; c++) {
        Object value = rows.get(r)[c];
        if (value == null) {
          if (nulls[c] == null) {
            nulls[c] = new BitMap(Math.max(n, 1));
          }
          nulls[c].mark(r);
        } else {
          Array.set(values[c], r, value);
        }
      }
    }
    return new Tablet(device, aligned, columns, timeArray, values, nulls, n);
  }

  /** A deterministic value of the type derived from {@code seed}, boxed as the tablet needs. */
  public static Object value(TSDataType type, long seed) {
    switch (type) {
      case BOOLEAN:
        return seed % 2 == 0;
      case INT32:
        return (int) (seed * 7 - 1000);
      case DATE:
        return 20240101 + (int) Math.floorMod(seed, 28L);
      case INT64:
        return seed * 1_000_003L;
      case TIMESTAMP:
        return 1_700_000_000_000L + seed;
      case FLOAT:
        return seed / 4f;
      case DOUBLE:
        return seed / 8.0 + 0.1;
      default:
        return new Binary(type + "-" + seed, StandardCharsets.UTF_8);
    }
  }

  /**
   * A random tablet with one column per type in {@code types}, random encodings and compressors;
   * arrays are longer than the row count.
   */
  public static Tablet random(
      Random random,
      String device,
      boolean aligned,
      List<TSDataType> types,
      int rows,
      double nulls) {
    int capacity = rows + random.nextInt(4);
    ColumnSpec[] columns = new ColumnSpec[types.size()];
    Object[] values = new Object[types.size()];
    BitMap[] bitMaps = nulls > 0 ? new BitMap[types.size()] : null;
    for (int c = 0; c < types.size(); c++) {
      columns[c] = spec(random, "s" + c + (c % 3 == 0 ? "_温度" : ""), types.get(c));
      values[c] = randomValues(random, types.get(c), capacity);
      if (bitMaps != null && random.nextBoolean()) {
        bitMaps[c] = new BitMap(capacity);
        for (int r = 0; r < capacity; r++) {
          if (random.nextDouble() < nulls) {
            bitMaps[c].mark(r);
          }
        }
      }
    }
    long[] times = new long[capacity];
    for (int r = 0; r < capacity; r++) {
      times[r] = random.nextLong();
    }
    return new Tablet(device, aligned, columns, times, values, bitMaps, rows);
  }

  /** Consecutive rows of {@code columnCount} DOUBLE columns of root.sg.d1. */
  public static Tablet doubles(int rows, int columnCount) {
    ColumnSpec[] columns = new ColumnSpec[columnCount];
    Object[] values = new Object[columnCount];
    long[] times = new long[rows];
    for (int r = 0; r < rows; r++) {
      times[r] = 1_700_000_000_000L + r;
    }
    for (int c = 0; c < columnCount; c++) {
      columns[c] = ColumnSpec.of("s" + c, TSDataType.DOUBLE);
      double[] column = new double[rows];
      for (int r = 0; r < rows; r++) {
        column[r] = r * 0.5 + c;
      }
      values[c] = column;
    }
    return new Tablet("root.sg.d1", false, columns, times, values, null, rows);
  }

  private static ColumnSpec spec(Random random, String name, TSDataType type) {
    TSEncoding[] encodings = TSEncoding.values();
    CompressionType[] compressors = CompressionType.values();
    return new ColumnSpec(
        name,
        type,
        encodings[random.nextInt(encodings.length)],
        compressors[random.nextInt(compressors.length)]);
  }

  /** A value array of {@code n} random values, with NaN, -0.0, empty and null binaries. */
  public static Object randomValues(Random random, TSDataType type, int n) {
    switch (type) {
      case BOOLEAN:
        boolean[] booleans = new boolean[n];
        for (int i = 0; i < n; i++) {
          booleans[i] = random.nextBoolean();
        }
        return booleans;
      case INT32:
      case DATE:
        return random.ints(n).toArray();
      case INT64:
      case TIMESTAMP:
        return random.longs(n).toArray();
      case FLOAT:
        float[] floats = new float[n];
        for (int i = 0; i < n; i++) {
          floats[i] = i % 7 == 0 ? Float.NaN : random.nextFloat() * 1e6f;
        }
        return floats;
      case DOUBLE:
        double[] doubles = new double[n];
        for (int i = 0; i < n; i++) {
          doubles[i] = i % 5 == 0 ? -0.0 : random.nextGaussian() * 1e9;
        }
        return doubles;
      default:
        Binary[] binaries = new Binary[n];
        for (int i = 0; i < n; i++) {
          binaries[i] = randomBinary(random, i);
        }
        return binaries;
    }
  }

  private static Binary randomBinary(Random random, int i) {
    switch (i % 5) {
      case 0:
        return new Binary(new byte[0]);
      case 1:
        return null;
      case 2:
        return new Binary("wert-ü-" + random.nextInt(), StandardCharsets.UTF_8);
      default:
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return new Binary(bytes);
    }
  }

  /** Equal in everything the first {@code rowCount} rows hold. */
  public static void assertTabletsEqual(Tablet expected, Tablet actual) {
    assertEquals(expected.device(), actual.device());
    assertEquals(expected.aligned(), actual.aligned());
    assertEquals(expected.rowCount(), actual.rowCount());
    assertEquals(expected.columnCount(), actual.columnCount());
    int rows = expected.rowCount();
    for (int r = 0; r < rows; r++) {
      assertEquals(expected.time(r), actual.time(r), "time of row " + r);
    }
    for (int c = 0; c < expected.columnCount(); c++) {
      assertEquals(expected.column(c), actual.column(c));
      for (int r = 0; r < rows; r++) {
        assertEquals(expected.isNull(c, r), actual.isNull(c, r), "null of " + c + "/" + r);
      }
      assertColumnEquals(expected.column(c).type(), expected.values(c), actual.values(c), rows);
    }
  }

  private static void assertColumnEquals(TSDataType type, Object want, Object got, int rows) {
    switch (type) {
      case BOOLEAN ->
          assertArrayEquals(
              Arrays.copyOf((boolean[]) want, rows), Arrays.copyOf((boolean[]) got, rows));
      case INT32, DATE ->
          assertArrayEquals(Arrays.copyOf((int[]) want, rows), Arrays.copyOf((int[]) got, rows));
      case INT64, TIMESTAMP ->
          assertArrayEquals(Arrays.copyOf((long[]) want, rows), Arrays.copyOf((long[]) got, rows));
      case FLOAT ->
          assertArrayEquals(
              Arrays.copyOf((float[]) want, rows), Arrays.copyOf((float[]) got, rows));
      case DOUBLE ->
          assertArrayEquals(
              Arrays.copyOf((double[]) want, rows), Arrays.copyOf((double[]) got, rows));
      default ->
          assertArrayEquals(
              Arrays.copyOf((Object[]) want, rows), Arrays.copyOf((Object[]) got, rows));
    }
  }
}
