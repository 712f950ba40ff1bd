package org.stratadb.it.iotdb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.iotdb.tsfile.file.metadata.enums.TSDataType;
import org.apache.iotdb.tsfile.utils.Binary;
import org.apache.iotdb.tsfile.utils.BitMap;
import org.apache.iotdb.tsfile.write.record.Tablet;
import org.apache.iotdb.tsfile.write.schema.MeasurementSchema;

/**
 * Deterministic rows of one device with a measurement of each data type, some cells null: what the
 * session ITs write and the exact values they expect back. Row {@code i} has time {@code first +
 * i}; every value is exactly representable, so sums and averages can be compared exactly.
 */
final class SixTypes {
  static final List<String> MEASUREMENTS = List.of("i32", "i64", "f", "d", "b", "t");
  static final List<TSDataType> TYPES =
      List.of(
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.BOOLEAN,
          TSDataType.TEXT);

  private final String device;
  private final long first;
  private final int rows;

  SixTypes(String device, long first, int rows) {
    this.device = device;
    this.first = first;
    this.rows = rows;
  }

  String device() {
    return device;
  }

  String path(String measurement) {
    return device + "." + measurement;
  }

  long time(int row) {
    return first + row;
  }

  List<Long> times() {
    List<Long> times = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      times.add(time(i));
    }
    return times;
  }

  /** The value of {@code measurement} in row {@code i}, or null. */
  static Object value(String measurement, int i) {
    return switch (measurement) {
      case "i32" -> i % 7 == 3 ? null : i * 3 - 7000;
      case "i64" -> i * 1_000_000_007L;
      case "f" -> i % 5 == 1 ? null : i * 0.25f;
      case "d" -> i / 8.0;
      case "b" -> i % 11 == 5 ? null : i % 3 == 0;
      case "t" -> i % 13 == 0 ? null : "v" + i;
      default -> throw new IllegalArgumentException(measurement);
    };
  }

  /** Every row's value of {@code measurement}, nulls included. */
  List<Object> column(String measurement) {
    List<Object> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      values.add(value(measurement, i));
    }
    return values;
  }

  /** The non-null values of {@code measurement}. */
  List<Object> present(String measurement) {
    return column(measurement).stream().filter(v -> v != null).toList();
  }

  /** The last row in which {@code measurement} is not null. */
  int lastPresentRow(String measurement) {
    for (int i = rows - 1; i >= 0; i--) {
      if (value(measurement, i) != null) {
        return i;
      }
    }
    throw new AssertionError(measurement + " has no value");
  }

  /** Every row in one tablet, the null cells marked in the tablet's bit maps. */
  Tablet tablet() {
    List<MeasurementSchema> schemas = new ArrayList<>();
    for (int c = 0; c < MEASUREMENTS.size(); c++) {
      schemas.add(new MeasurementSchema(MEASUREMENTS.get(c), TYPES.get(c)));
    }
    Tablet tablet = new Tablet(device, schemas, rows);
    tablet.initBitMaps();
    for (int i = 0; i < rows; i++) {
      tablet.timestamps[i] = time(i);
    }
    for (int c = 0; c < MEASUREMENTS.size(); c++) {
      fillColumn(tablet.values[c], tablet.bitMaps[c], MEASUREMENTS.get(c));
    }
    tablet.rowSize = rows;
    return tablet;
  }

  private void fillColumn(Object array, BitMap nulls, String measurement) {
    for (int i = 0; i < rows; i++) {
      Object v = value(measurement, i);
      if (v == null) {
        nulls.mark(i);
        if (array instanceof Binary[] texts) {
          // the 1.3.2 client measures every cell of a TEXT column, marked or not
          texts[i] = new Binary(new byte[0]);
        }
        continue;
      }
      switch (measurement) {
        case "i32" -> ((int[]) array)[i] = (Integer) v;
        case "i64" -> ((long[]) array)[i] = (Long) v;
        case "f" -> ((float[]) array)[i] = (Float) v;
        case "d" -> ((double[]) array)[i] = (Double) v;
        case "b" -> ((boolean[]) array)[i] = (Boolean) v;
        case "t" -> ((Binary[]) array)[i] = new Binary((String) v, StandardCharsets.UTF_8);
        default -> throw new IllegalArgumentException(measurement);
      }
    }
  }

  @Override
  public String toString() {
    return device + ": " + rows + " rows from time " + first;
  }
}
