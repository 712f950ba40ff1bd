package org.stratadb.storage.read;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.api.ValueFilter;

/**
 * A compiled {@link ValueFilter.Compare}: the constant is converted once to the column's primitive
 * type, so each row is compared without boxing. Integer columns compare as longs unless the
 * constant has a fraction; FLOAT columns compare as floats, as the user typed them.
 */
final class ColumnCompare extends RowPredicate {
  private static final byte LONG = 0;
  private static final byte DOUBLE = 1;
  private static final byte FLOAT = 2;
  private static final byte BOOLEAN = 3;
  private static final byte BINARY = 4;

  /** Neither below, above nor equal: a NaN is involved. */
  private static final int UNORDERED = Integer.MIN_VALUE;

  final int column;
  private final ValueFilter.Op op;
  private final byte kind;
  private final byte mode;
  private final long longConstant;
  private final double doubleConstant;
  private final boolean booleanConstant;
  private final Binary binaryConstant;

  private ColumnCompare(ValueFilter.Compare compare, TSDataType type) {
    this.column = compare.column();
    this.op = compare.op();
    this.kind = Columns.kindOf(type);
    Object constant = compare.constant();
    this.mode = modeOf(kind, constant, type);
    this.longConstant = mode == LONG ? ((Number) constant).longValue() : 0;
    this.doubleConstant =
        mode == FLOAT
            ? ((Number) constant).floatValue()
            : mode == DOUBLE ? ((Number) constant).doubleValue() : 0;
    this.booleanConstant = mode == BOOLEAN && (Boolean) constant;
    this.binaryConstant =
        mode != BINARY
            ? null
            : constant instanceof Binary b
                ? b
                : new Binary(constant.toString(), StandardCharsets.UTF_8);
  }

  static ColumnCompare compile(ValueFilter.Compare compare, TSDataType type) {
    return new ColumnCompare(compare, type);
  }

  private static byte modeOf(byte kind, Object constant, TSDataType type) {
    boolean number = constant instanceof Number;
    boolean fraction =
        constant instanceof Double || constant instanceof Float || constant instanceof BigDecimal;
    if ((kind == Columns.INT || kind == Columns.LONG) && number) {
      return fraction ? DOUBLE : LONG;
    }
    if (kind == Columns.FLOAT && number) {
      return FLOAT;
    }
    if (kind == Columns.DOUBLE && number) {
      return DOUBLE;
    }
    if (kind == Columns.BOOLEAN && constant instanceof Boolean) {
      return BOOLEAN;
    }
    if (kind == Columns.BINARY && (constant instanceof Binary || constant instanceof String)) {
      return BINARY;
    }
    throw new IllegalArgumentException(
        "cannot compare a " + type + " column with " + constant.getClass().getSimpleName());
  }

  @Override
  byte eval(ScanRow row) {
    if (row.isNull(column)) {
      return UNKNOWN;
    }
    int cmp;
    switch (mode) {
      case LONG ->
          cmp =
              Long.compare(
                  kind == Columns.INT ? row.getInt(column) : row.getLong(column), longConstant);
      case DOUBLE -> cmp = compare(rowAsDouble(row), doubleConstant);
      case FLOAT -> cmp = compare(row.getFloat(column), (float) doubleConstant);
      case BOOLEAN -> cmp = Boolean.compare(row.getBoolean(column), booleanConstant);
      default -> cmp = row.getBinary(column).compareTo(binaryConstant);
    }
    return holds(cmp) ? TRUE : FALSE;
  }

  private double rowAsDouble(ScanRow row) {
    switch (kind) {
      case Columns.INT:
        return row.getInt(column);
      case Columns.LONG:
        return row.getLong(column);
      default:
        return row.getDouble(column);
    }
  }

  /**
   * Whether no value in {@code [min, max]} (statistics of the column's type) can satisfy the
   * comparison, so a piece with these bounds can be skipped; false when it cannot tell.
   */
  boolean excludes(Object min, Object max) {
    int low = compareStatistic(min);
    int high = compareStatistic(max);
    if (low == UNORDERED || high == UNORDERED) {
      return false;
    }
    switch (op) {
      case EQ:
        return low > 0 || high < 0;
      case NE:
        return low == 0 && high == 0;
      case LT:
        return low >= 0;
      case LE:
        return low > 0;
      case GT:
        return high <= 0;
      default:
        return high < 0;
    }
  }

  private int compareStatistic(Object value) {
    switch (mode) {
      case LONG:
        return Long.compare(((Number) value).longValue(), longConstant);
      case DOUBLE:
        return compare(((Number) value).doubleValue(), doubleConstant);
      case FLOAT:
        return compare(((Number) value).floatValue(), (float) doubleConstant);
      case BINARY:
        return ((Binary) value).compareTo(binaryConstant);
      default:
        return UNORDERED;
    }
  }

  private static int compare(double a, double b) {
    return a < b ? -1 : a > b ? 1 : a == b ? 0 : UNORDERED;
  }

  private boolean holds(int cmp) {
    if (cmp == UNORDERED) {
      return op == ValueFilter.Op.NE;
    }
    switch (op) {
      case EQ:
        return cmp == 0;
      case NE:
        return cmp != 0;
      case LT:
        return cmp < 0;
      case LE:
        return cmp <= 0;
      case GT:
        return cmp > 0;
      default:
        return cmp >= 0;
    }
  }
}
