package org.stratadb.query.exec.eval;

import java.util.Optional;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.column.BooleanColumn;
import org.apache.tsfile.read.common.block.column.DoubleColumn;
import org.apache.tsfile.read.common.block.column.FloatColumn;
import org.apache.tsfile.read.common.block.column.IntColumn;
import org.apache.tsfile.read.common.block.column.LongColumn;

/** Reading columns of any physical type into primitive arrays, and wrapping arrays as columns. */
public final class Vectors {
  private Vectors() {}

  /** Whether values of the type are integers read with {@code getLong}. */
  public static boolean isIntegral(TSDataType type) {
    return type == TSDataType.INT32
        || type == TSDataType.INT64
        || type == TSDataType.DATE
        || type == TSDataType.TIMESTAMP;
  }

  /** The values as doubles; null positions hold 0. */
  public static double[] doubles(Column column, TSDataType type, int count) {
    double[] out = new double[count];
    boolean nulls = column.mayHaveNull();
    switch (type) {
      case INT32, DATE -> {
        for (int i = 0; i < count; i++) {
          out[i] = nulls && column.isNull(i) ? 0 : column.getInt(i);
        }
      }
      case INT64, TIMESTAMP -> {
        for (int i = 0; i < count; i++) {
          out[i] = nulls && column.isNull(i) ? 0 : column.getLong(i);
        }
      }
      case FLOAT -> {
        for (int i = 0; i < count; i++) {
          out[i] = nulls && column.isNull(i) ? 0 : column.getFloat(i);
        }
      }
      case DOUBLE -> {
        for (int i = 0; i < count; i++) {
          out[i] = nulls && column.isNull(i) ? 0 : column.getDouble(i);
        }
      }
      default -> throw new IllegalArgumentException("not numeric: " + type);
    }
    return out;
  }

  /** The values of an integral column as longs; null positions hold 0. */
  public static long[] longs(Column column, TSDataType type, int count) {
    long[] out = new long[count];
    boolean nulls = column.mayHaveNull();
    boolean ints = type == TSDataType.INT32 || type == TSDataType.DATE;
    for (int i = 0; i < count; i++) {
      if (nulls && column.isNull(i)) {
        continue;
      }
      out[i] = ints ? column.getInt(i) : column.getLong(i);
    }
    return out;
  }

  /** The null flags of a column, or null when it has none. */
  public static boolean[] nulls(Column column, int count) {
    if (!column.mayHaveNull()) {
      return null;
    }
    boolean[] out = new boolean[count];
    boolean any = false;
    for (int i = 0; i < count; i++) {
      out[i] = column.isNull(i);
      any |= out[i];
    }
    return any ? out : null;
  }

  /** Null flags set where either input is null; null when neither has nulls. */
  public static boolean[] union(boolean[] a, boolean[] b) {
    if (a == null) {
      return b == null ? null : b.clone();
    }
    boolean[] out = a.clone();
    if (b != null) {
      for (int i = 0; i < out.length; i++) {
        out[i] |= b[i];
      }
    }
    return out;
  }

  public static Column doubleColumn(double[] values, boolean[] nulls) {
    return new DoubleColumn(values.length, Optional.ofNullable(nulls), values);
  }

  public static Column booleanColumn(boolean[] values, boolean[] nulls) {
    return new BooleanColumn(values.length, Optional.ofNullable(nulls), values);
  }

  /** A column of the given numeric type holding {@code values} converted to it. */
  public static Column numericColumn(TSDataType type, double[] values, boolean[] nulls) {
    int n = values.length;
    switch (type) {
      case INT32, DATE -> {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
          out[i] = (int) values[i];
        }
        return new IntColumn(n, Optional.ofNullable(nulls), out, type);
      }
      case INT64, TIMESTAMP -> {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
          out[i] = (long) values[i];
        }
        return new LongColumn(n, Optional.ofNullable(nulls), out);
      }
      case FLOAT -> {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
          out[i] = (float) values[i];
        }
        return new FloatColumn(n, Optional.ofNullable(nulls), out);
      }
      default -> {
        return doubleColumn(values, nulls);
      }
    }
  }
}
