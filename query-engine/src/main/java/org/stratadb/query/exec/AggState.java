package org.stratadb.query.exec;

import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.AggregationFunction;
import org.stratadb.storage.api.AggregationKind;

/**
 * The running aggregates of one series in one window, fed with raw points or with partial
 * aggregates of regions, in any order of regions; kept in primitives. Reused across windows with
 * {@link #reset}.
 */
final class AggState {
  private long count;
  private boolean hasSum;
  private double sum;
  private long minTime = Long.MAX_VALUE;
  private long maxTime = Long.MIN_VALUE;
  private boolean hasMinTime;
  private boolean hasMaxTime;
  private final ValueSlot first;
  private final ValueSlot last;
  private final ValueSlot min;
  private final ValueSlot max;
  private final ValueSlot extreme;
  private final ValueSlot scratch;

  AggState(TSDataType type) {
    byte kind = ValueSlot.kindOf(type);
    first = new ValueSlot(kind);
    last = new ValueSlot(kind);
    min = new ValueSlot(kind);
    max = new ValueSlot(kind);
    extreme = new ValueSlot(kind);
    scratch = new ValueSlot(kind);
  }

  void reset() {
    count = 0;
    hasSum = false;
    sum = 0;
    minTime = Long.MAX_VALUE;
    maxTime = Long.MIN_VALUE;
    hasMinTime = false;
    hasMaxTime = false;
    first.clear();
    last.clear();
    min.clear();
    max.clear();
    extreme.clear();
  }

  /** Adds one point; {@code column} is not null at {@code position}. */
  void addPoint(long time, Column column, int position) {
    scratch.load(column, position);
    count++;
    hasMinTime = true;
    hasMaxTime = true;
    if (time < minTime || !first.present) {
      minTime = time;
      first.copyFrom(scratch);
    }
    if (time >= maxTime || !last.present) {
      maxTime = time;
      last.copyFrom(scratch);
    }
    if (scratch.isNumeric()) {
      hasSum = true;
      sum += scratch.asDouble();
      offerRange(scratch);
    }
  }

  private void offerRange(ValueSlot value) {
    if (!min.present || value.compareTo(min) < 0) {
      min.copyFrom(value);
    }
    if (!max.present || value.compareTo(max) > 0) {
      max.copyFrom(value);
    }
    if (!extreme.present || value.moreExtremeThan(extreme)) {
      extreme.copyFrom(value);
    }
  }

  /**
   * Adds the partial aggregates of row {@code position} of a region's block: {@code kinds[i]} is in
   * column {@code columns[i]}. FIRST_VALUE comes with MIN_TIME and LAST_VALUE with MAX_TIME.
   */
  void addPartial(Column[] block, int[] columns, AggregationKind[] kinds, int position) {
    long partialMin = Long.MAX_VALUE;
    long partialMax = Long.MIN_VALUE;
    for (int i = 0; i < kinds.length; i++) {
      Column c = block[columns[i]];
      if (kinds[i] == AggregationKind.MIN_TIME && !c.isNull(position)) {
        partialMin = c.getLong(position);
        hasMinTime = true;
      } else if (kinds[i] == AggregationKind.MAX_TIME && !c.isNull(position)) {
        partialMax = c.getLong(position);
        hasMaxTime = true;
      }
    }
    for (int i = 0; i < kinds.length; i++) {
      Column c = block[columns[i]];
      if (!c.isNull(position)) {
        addPartial(kinds[i], c, position, partialMin, partialMax);
      }
    }
    minTime = Math.min(minTime, partialMin);
    maxTime = Math.max(maxTime, partialMax);
  }

  private void addPartial(
      AggregationKind kind, Column c, int position, long partialMin, long partialMax) {
    switch (kind) {
      case COUNT -> count += c.getLong(position);
      case SUM -> {
        hasSum = true;
        sum += c.getDouble(position);
      }
      case FIRST_VALUE -> {
        if (!first.present || partialMin < minTime) {
          first.load(c, position);
        }
      }
      case LAST_VALUE -> {
        if (!last.present || partialMax >= maxTime) {
          last.load(c, position);
        }
      }
      case MIN_VALUE, MAX_VALUE, EXTREME -> {
        scratch.load(c, position);
        ValueSlot target =
            kind == AggregationKind.MIN_VALUE
                ? min
                : kind == AggregationKind.MAX_VALUE ? max : extreme;
        boolean better =
            !target.present
                || (kind == AggregationKind.MIN_VALUE && scratch.compareTo(min) < 0)
                || (kind == AggregationKind.MAX_VALUE && scratch.compareTo(max) > 0)
                || (kind == AggregationKind.EXTREME && scratch.moreExtremeThan(extreme));
        if (better) {
          target.copyFrom(scratch);
        }
      }
      default -> {
        // MIN_TIME and MAX_TIME were taken above; AVG is never a partial
      }
    }
  }

  /** Writes the final value of {@code function}. */
  void write(AggregationFunction function, ColumnBuilder into) {
    switch (function) {
      case COUNT -> into.writeLong(count);
      case SUM -> {
        if (hasSum) {
          into.writeDouble(sum);
        } else {
          into.appendNull();
        }
      }
      case AVG -> {
        if (hasSum && count > 0) {
          into.writeDouble(sum / count);
        } else {
          into.appendNull();
        }
      }
      case MIN_TIME -> writeTime(minTime, hasMinTime, into);
      case MAX_TIME -> writeTime(maxTime, hasMaxTime, into);
      case FIRST_VALUE -> first.write(into);
      case LAST_VALUE -> last.write(into);
      case MIN_VALUE -> min.write(into);
      case MAX_VALUE -> max.write(into);
      default -> extreme.write(into);
    }
  }

  private static void writeTime(long time, boolean present, ColumnBuilder into) {
    if (present) {
      into.writeLong(time);
    } else {
      into.appendNull();
    }
  }
}
