package org.stratadb.storage.read;

import java.io.Serializable;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.statistics.Statistics;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.column.SortedColumn;

/**
 * The running aggregates of one window, fed with decoded points or with the statistics of whole
 * pieces, in ascending time. Values are kept in primitives: integers (INT32, INT64, DATE,
 * TIMESTAMP) as longs, FLOAT and DOUBLE as doubles; INT32 sums are exact longs, others doubles, as
 * in TsFile statistics.
 */
final class Accumulator {
  private final TSDataType type;
  private final byte kind;
  private final boolean wantsSum;
  private final boolean wantsRange;
  private final boolean wantsFirst;
  private final boolean wantsLast;
  private long count;
  private long minTime = Long.MAX_VALUE;
  private long maxTime = Long.MIN_VALUE;
  private long longSum;
  private double doubleSum;
  private long minLong = Long.MAX_VALUE;
  private long maxLong = Long.MIN_VALUE;
  private double minDouble = Double.POSITIVE_INFINITY;
  private double maxDouble = Double.NEGATIVE_INFINITY;
  private final Slot first;
  private final Slot last;

  Accumulator(TSDataType type, List<AggregationKind> kinds) {
    this.type = type;
    this.kind = Columns.kindOf(type);
    this.wantsSum = kinds.contains(AggregationKind.SUM) || kinds.contains(AggregationKind.AVG);
    this.wantsRange =
        kinds.contains(AggregationKind.MIN_VALUE)
            || kinds.contains(AggregationKind.MAX_VALUE)
            || kinds.contains(AggregationKind.EXTREME);
    this.wantsFirst = kinds.contains(AggregationKind.FIRST_VALUE);
    this.wantsLast = kinds.contains(AggregationKind.LAST_VALUE);
    this.first = new Slot();
    this.last = new Slot();
  }

  /** Adds points {@code [from, to)} of a column, which lie after all points added before. */
  void addPoints(SortedColumn column, int from, int to) {
    if (from >= to) {
      return;
    }
    if (column.time(from) < minTime) {
      minTime = column.time(from);
      first.set(column, from);
    }
    if (column.time(to - 1) > maxTime) {
      maxTime = column.time(to - 1);
      last.set(column, to - 1);
    }
    count += to - from;
    if (!wantsSum && !wantsRange) {
      return;
    }
    switch (kind) {
      case Columns.INT -> addInts((int[]) column.values(), from, to);
      case Columns.LONG -> addLongs((long[]) column.values(), from, to);
      case Columns.FLOAT -> addFloats((float[]) column.values(), from, to);
      case Columns.DOUBLE -> addDoubles((double[]) column.values(), from, to);
      default -> {
        // No sums or ranges of booleans and binaries: the aggregator refuses such queries.
      }
    }
  }

  private void addInts(int[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      int v = values[i];
      longSum += v;
      minLong = Math.min(minLong, v);
      maxLong = Math.max(maxLong, v);
    }
  }

  private void addLongs(long[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      long v = values[i];
      doubleSum += v;
      minLong = Math.min(minLong, v);
      maxLong = Math.max(maxLong, v);
    }
  }

  private void addFloats(float[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      float v = values[i];
      doubleSum += v;
      minDouble = v < minDouble ? v : minDouble;
      maxDouble = v > maxDouble ? v : maxDouble;
    }
  }

  private void addDoubles(double[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      double v = values[i];
      doubleSum += v;
      minDouble = v < minDouble ? v : minDouble;
      maxDouble = v > maxDouble ? v : maxDouble;
    }
  }

  /** Adds a whole piece by its exact statistics. */
  void addStatistics(Statistics<? extends Serializable> statistics) {
    if (statistics.getStartTime() < minTime) {
      minTime = statistics.getStartTime();
      if (wantsFirst) {
        first.setObject(statistics.getFirstValue(), this);
      }
    }
    if (statistics.getEndTime() > maxTime) {
      maxTime = statistics.getEndTime();
      if (wantsLast) {
        last.setObject(statistics.getLastValue(), this);
      }
    }
    count += statistics.getCount();
    if (wantsSum) {
      if (kind == Columns.INT) {
        longSum += statistics.getSumLongValue();
      } else {
        doubleSum += statistics.getSumDoubleValue();
      }
    }
    if (wantsRange) {
      Object min = statistics.getMinValue();
      Object max = statistics.getMaxValue();
      if (kind == Columns.INT || kind == Columns.LONG) {
        minLong = Math.min(minLong, ((Number) min).longValue());
        maxLong = Math.max(maxLong, ((Number) max).longValue());
      } else {
        double lo = ((Number) min).doubleValue();
        double hi = ((Number) max).doubleValue();
        minDouble = lo < minDouble ? lo : minDouble;
        maxDouble = hi > maxDouble ? hi : maxDouble;
      }
    }
  }

  /** The value of one aggregation, typed as {@code AggregationRow} documents. */
  Object result(AggregationKind aggregation) {
    if (aggregation == AggregationKind.COUNT) {
      return count;
    }
    if (count == 0) {
      return null;
    }
    double sum = kind == Columns.INT ? (double) longSum : doubleSum;
    switch (aggregation) {
      case SUM:
        return sum;
      case AVG:
        return sum / count;
      case MIN_TIME:
        return minTime;
      case MAX_TIME:
        return maxTime;
      case FIRST_VALUE:
        return first.boxed(type);
      case LAST_VALUE:
        return last.boxed(type);
      case MIN_VALUE:
        return box(minLong, minDouble);
      case MAX_VALUE:
        return box(maxLong, maxDouble);
      default:
        return extreme();
    }
  }

  /** The value of largest magnitude; on a tie the positive one. */
  private Object extreme() {
    if (kind == Columns.INT || kind == Columns.LONG) {
      boolean maxWins =
          minLong >= 0 || (maxLong > 0 && minLong != Long.MIN_VALUE && maxLong >= -minLong);
      return maxWins ? box(maxLong, 0) : box(minLong, 0);
    }
    boolean maxWins = Math.abs(maxDouble) >= Math.abs(minDouble);
    return maxWins ? box(0, maxDouble) : box(0, minDouble);
  }

  private Object box(long asLong, double asDouble) {
    switch (type) {
      case INT32:
      case DATE:
        return (int) asLong;
      case INT64:
      case TIMESTAMP:
        return asLong;
      case FLOAT:
        return (float) asDouble;
      default:
        return asDouble;
    }
  }

  /** A first or last value, held unboxed. */
  private static final class Slot {
    private long longValue;
    private double doubleValue;
    private boolean booleanValue;
    private Binary binaryValue;

    void set(SortedColumn column, int index) {
      switch (Columns.kindOf(column.type())) {
        case Columns.BOOLEAN -> booleanValue = column.getBoolean(index);
        case Columns.INT -> longValue = column.getInt(index);
        case Columns.LONG -> longValue = column.getLong(index);
        case Columns.FLOAT -> doubleValue = column.getFloat(index);
        case Columns.DOUBLE -> doubleValue = column.getDouble(index);
        default -> binaryValue = column.getBinary(index);
      }
    }

    /** From statistics, which hand values out boxed anyway. */
    void setObject(Object value, Accumulator owner) {
      switch (owner.kind) {
        case Columns.BOOLEAN -> booleanValue = (Boolean) value;
        case Columns.INT, Columns.LONG -> longValue = ((Number) value).longValue();
        case Columns.FLOAT, Columns.DOUBLE -> doubleValue = ((Number) value).doubleValue();
        default -> binaryValue = (Binary) value;
      }
    }

    Object boxed(TSDataType type) {
      switch (type) {
        case BOOLEAN:
          return booleanValue;
        case INT32:
        case DATE:
          return (int) longValue;
        case INT64:
        case TIMESTAMP:
          return longValue;
        case FLOAT:
          return (float) doubleValue;
        case DOUBLE:
          return doubleValue;
        default:
          return binaryValue;
      }
    }
  }
}
