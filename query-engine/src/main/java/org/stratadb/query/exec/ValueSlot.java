package org.stratadb.query.exec;

import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;

/**
 * One value of a series type held without boxing: integers (INT32, INT64, DATE, TIMESTAMP) as a
 * long, FLOAT and DOUBLE as a double, booleans, and text by reference.
 */
final class ValueSlot {
  static final byte BOOLEAN = 0;
  static final byte INT = 1;
  static final byte LONG = 2;
  static final byte FLOAT = 3;
  static final byte DOUBLE = 4;
  static final byte BINARY = 5;

  private final byte kind;
  boolean present;
  long longValue;
  double doubleValue;
  boolean booleanValue;
  Binary binaryValue;

  ValueSlot(byte kind) {
    this.kind = kind;
  }

  static byte kindOf(TSDataType type) {
    return switch (type) {
      case BOOLEAN -> BOOLEAN;
      case INT32, DATE -> INT;
      case INT64, TIMESTAMP -> LONG;
      case FLOAT -> FLOAT;
      case DOUBLE -> DOUBLE;
      default -> BINARY;
    };
  }

  void clear() {
    present = false;
    binaryValue = null;
  }

  /** Loads value {@code position} of {@code column} (which is not null there). */
  void load(Column column, int position) {
    present = true;
    switch (kind) {
      case BOOLEAN -> booleanValue = column.getBoolean(position);
      case INT -> longValue = column.getInt(position);
      case LONG -> longValue = column.getLong(position);
      case FLOAT -> doubleValue = column.getFloat(position);
      case DOUBLE -> doubleValue = column.getDouble(position);
      default -> binaryValue = column.getBinary(position);
    }
  }

  void copyFrom(ValueSlot other) {
    present = other.present;
    longValue = other.longValue;
    doubleValue = other.doubleValue;
    booleanValue = other.booleanValue;
    binaryValue = other.binaryValue;
  }

  boolean isNumeric() {
    return kind == INT || kind == LONG || kind == FLOAT || kind == DOUBLE;
  }

  boolean isIntegral() {
    return kind == INT || kind == LONG;
  }

  /** Compares the numeric values of two present slots of this kind. */
  int compareTo(ValueSlot other) {
    return isIntegral()
        ? Long.compare(longValue, other.longValue)
        : Double.compare(doubleValue, other.doubleValue);
  }

  /** Whether this value has a larger magnitude than {@code other}, the positive one on a tie. */
  boolean moreExtremeThan(ValueSlot other) {
    if (isIntegral()) {
      // unsigned, so that the magnitude of Long.MIN_VALUE (2^63) compares right
      int byMagnitude = Long.compareUnsigned(Math.abs(longValue), Math.abs(other.longValue));
      return byMagnitude != 0 ? byMagnitude > 0 : longValue > other.longValue;
    }
    double a = Math.abs(doubleValue);
    double b = Math.abs(other.doubleValue);
    return a != b ? a > b : doubleValue > other.doubleValue;
  }

  /** Writes the value, or a null when absent. */
  void write(ColumnBuilder into) {
    if (!present) {
      into.appendNull();
      return;
    }
    switch (kind) {
      case BOOLEAN -> into.writeBoolean(booleanValue);
      case INT -> into.writeInt((int) longValue);
      case LONG -> into.writeLong(longValue);
      case FLOAT -> into.writeFloat((float) doubleValue);
      case DOUBLE -> into.writeDouble(doubleValue);
      default -> into.writeBinary(binaryValue);
    }
  }

  /** The value as a double, for sums. */
  double asDouble() {
    return isIntegral() ? longValue : doubleValue;
  }
}
