package org.stratadb.query.exec;

import java.util.Arrays;
import java.util.Optional;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.column.BinaryColumn;
import org.apache.tsfile.read.common.block.column.BooleanColumn;
import org.apache.tsfile.read.common.block.column.DoubleColumn;
import org.apache.tsfile.read.common.block.column.FloatColumn;
import org.apache.tsfile.read.common.block.column.IntColumn;
import org.apache.tsfile.read.common.block.column.LongColumn;
import org.apache.tsfile.utils.Binary;

/**
 * One output column of a join under construction: primitive arrays filled by scattering input
 * values to output rows, all rows null until a non-null value lands. One type switch per scattered
 * run, tight loops inside.
 */
final class ColumnScatter {
  private final TSDataType type;
  private final int capacity;
  private boolean[] isNull;
  private Object values;

  ColumnScatter(TSDataType type, int capacity) {
    this.type = type;
    this.capacity = capacity;
  }

  /** Starts a new block: every row null. */
  void reset() {
    isNull = new boolean[capacity];
    Arrays.fill(isNull, true);
    values =
        switch (type) {
          case BOOLEAN -> new boolean[capacity];
          case INT32, DATE -> new int[capacity];
          case INT64, TIMESTAMP -> new long[capacity];
          case FLOAT -> new float[capacity];
          case DOUBLE -> new double[capacity];
          default -> new Binary[capacity];
        };
  }

  /** Copies {@code column[positions[i]]} to output row {@code rows[i]} for i below count. */
  void scatter(Column column, int[] positions, int[] rows, int count) {
    boolean nulls = column.mayHaveNull();
    switch (type) {
      case BOOLEAN -> {
        boolean[] dst = (boolean[]) values;
        for (int i = 0; i < count; i++) {
          int p = positions[i];
          if (!nulls || !column.isNull(p)) {
            dst[rows[i]] = column.getBoolean(p);
            isNull[rows[i]] = false;
          }
        }
      }
      case INT32, DATE -> {
        int[] dst = (int[]) values;
        for (int i = 0; i < count; i++) {
          int p = positions[i];
          if (!nulls || !column.isNull(p)) {
            dst[rows[i]] = column.getInt(p);
            isNull[rows[i]] = false;
          }
        }
      }
      case INT64, TIMESTAMP -> {
        long[] dst = (long[]) values;
        for (int i = 0; i < count; i++) {
          int p = positions[i];
          if (!nulls || !column.isNull(p)) {
            dst[rows[i]] = column.getLong(p);
            isNull[rows[i]] = false;
          }
        }
      }
      default -> scatterWide(column, positions, rows, count, nulls);
    }
  }

  private void scatterWide(Column column, int[] positions, int[] rows, int count, boolean nulls) {
    switch (type) {
      case FLOAT -> {
        float[] dst = (float[]) values;
        for (int i = 0; i < count; i++) {
          int p = positions[i];
          if (!nulls || !column.isNull(p)) {
            dst[rows[i]] = column.getFloat(p);
            isNull[rows[i]] = false;
          }
        }
      }
      case DOUBLE -> {
        double[] dst = (double[]) values;
        for (int i = 0; i < count; i++) {
          int p = positions[i];
          if (!nulls || !column.isNull(p)) {
            dst[rows[i]] = column.getDouble(p);
            isNull[rows[i]] = false;
          }
        }
      }
      default -> {
        Binary[] dst = (Binary[]) values;
        for (int i = 0; i < count; i++) {
          int p = positions[i];
          if (!nulls || !column.isNull(p)) {
            dst[rows[i]] = column.getBinary(p);
            isNull[rows[i]] = false;
          }
        }
      }
    }
  }

  /** The first {@code rows} rows as a column. */
  Column build(int rows) {
    boolean anyNull = false;
    for (int r = 0; r < rows && !anyNull; r++) {
      anyNull = isNull[r];
    }
    Optional<boolean[]> nulls = anyNull ? Optional.of(isNull) : Optional.empty();
    return switch (type) {
      case BOOLEAN -> new BooleanColumn(rows, nulls, (boolean[]) values);
      case INT32, DATE -> new IntColumn(rows, nulls, (int[]) values, type);
      case INT64, TIMESTAMP -> new LongColumn(rows, nulls, (long[]) values);
      case FLOAT -> new FloatColumn(rows, nulls, (float[]) values);
      case DOUBLE -> new DoubleColumn(rows, nulls, (double[]) values);
      default -> new BinaryColumn(rows, nulls, (Binary[]) values);
    };
  }
}
