package org.stratadb.it.iotdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.iotdb.isession.SessionDataSet;
import org.apache.iotdb.rpc.IoTDBConnectionException;
import org.apache.iotdb.rpc.StatementExecutionException;
import org.apache.iotdb.tsfile.read.common.Field;
import org.apache.iotdb.tsfile.read.common.RowRecord;

/**
 * A data set of the real IoTDB session read to its end: the column names (without {@code Time}),
 * each row's time and each cell as a Java value ({@code null} for a null cell, a {@link String} for
 * TEXT).
 *
 * @param hasTime whether the data set has a {@code Time} column
 * @param columns the value columns, in the order the server sent them
 * @param types the value columns' data types, as the server named them
 * @param times each row's time
 * @param cells each row's values, in {@code columns} order
 */
record Rows(
    boolean hasTime,
    List<String> columns,
    List<String> types,
    List<Long> times,
    List<List<Object>> cells) {

  /** Reads {@code dataSet} with {@link SessionDataSet#next()} until its end, then closes it. */
  static Rows read(SessionDataSet dataSet)
      throws StatementExecutionException, IoTDBConnectionException {
    try (dataSet) {
      List<String> names = dataSet.getColumnNames();
      List<String> typeNames = dataSet.getColumnTypes();
      boolean hasTime = !names.isEmpty() && names.get(0).equals("Time");
      int skip = hasTime ? 1 : 0;
      List<Long> times = new ArrayList<>();
      List<List<Object>> cells = new ArrayList<>();
      while (dataSet.hasNext()) {
        RowRecord record = dataSet.next();
        times.add(record.getTimestamp());
        List<Object> row = new ArrayList<>();
        for (Field field : record.getFields()) {
          row.add(value(field));
        }
        cells.add(row);
      }
      return new Rows(
          hasTime,
          List.copyOf(names.subList(skip, names.size())),
          List.copyOf(typeNames.subList(skip, typeNames.size())),
          times,
          cells);
    }
  }

  /** A cell as a Java value: Integer, Long, Float, Double, Boolean, String or null. */
  static Object value(Field field) {
    if (field == null || field.getDataType() == null) {
      return null;
    }
    return switch (field.getDataType()) {
      case INT32 -> field.getIntV();
      case INT64 -> field.getLongV();
      case FLOAT -> field.getFloatV();
      case DOUBLE -> field.getDoubleV();
      case BOOLEAN -> field.getBoolV();
      case TEXT -> field.getStringValue();
      default -> throw new AssertionError("unexpected data type " + field.getDataType());
    };
  }

  int size() {
    return times.size();
  }

  /** The values of column {@code name}, top to bottom; fails if there is no such column. */
  List<Object> column(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new AssertionError("no column " + name + " in " + columns);
    }
    List<Object> values = new ArrayList<>(cells.size());
    cells.forEach(r -> values.add(r.get(index)));
    return values;
  }

  /** The data type the server reported for column {@code name}. */
  String type(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new AssertionError("no column " + name + " in " + columns);
    }
    return types.get(index);
  }

  /**
   * Fails unless {@code actual} equals {@code expected}, naming the sizes and the first index where
   * they differ (instead of printing thousands of values).
   */
  static void assertSameValues(List<?> expected, List<?> actual, String what) {
    if (expected.equals(actual)) {
      return;
    }
    int n = Math.min(expected.size(), actual.size());
    int at = 0;
    while (at < n && Objects.equals(expected.get(at), actual.get(at))) {
      at++;
    }
    throw new AssertionError(
        what
            + ": expected "
            + expected.size()
            + " values, got "
            + actual.size()
            + "; first difference at index "
            + at
            + ": expected "
            + (at < expected.size() ? expected.get(at) : "(none)")
            + ", got "
            + (at < actual.size() ? actual.get(at) : "(none)"));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("columns ").append(columns).append(' ').append(types);
    for (int i = 0; i < Math.min(size(), 20); i++) {
      text.append("\n  ").append(times.get(i)).append(' ').append(cells.get(i));
    }
    if (size() > 20) {
      text.append("\n  ... ").append(size() - 20).append(" more rows");
    }
    return text.toString();
  }
}
