package org.stratadb.session.internal;

import org.stratadb.session.TSDataType;

/**
 * One decoded TsBlock column: values of every row in a primitive array of its physical type, a null
 * flag per row (or none), and for run-length columns a single value that every row shares.
 */
public final class TsBlockColumn {
  final TSDataType type;
  final boolean[] nulls;
  final boolean rle;
  boolean[] booleans;
  int[] ints;
  long[] longs;
  float[] floats;
  double[] doubles;
  byte[][] binaries;

  TsBlockColumn(TSDataType type, boolean[] nulls, boolean rle) {
    this.type = type;
    this.nulls = nulls;
    this.rle = rle;
  }

  /** The physical type written in the block header. */
  public TSDataType type() {
    return type;
  }

  private int at(int row) {
    return rle ? 0 : row;
  }

  public boolean isNull(int row) {
    return nulls != null && nulls[at(row)];
  }

  public boolean getBoolean(int row) {
    return booleans[at(row)];
  }

  public int getInt(int row) {
    return ints[at(row)];
  }

  public long getLong(int row) {
    return longs[at(row)];
  }

  public float getFloat(int row) {
    return floats[at(row)];
  }

  public double getDouble(int row) {
    return doubles[at(row)];
  }

  public byte[] getBinary(int row) {
    return binaries[at(row)];
  }

  /** The value as a long, widening INT32 and truncating FLOAT/DOUBLE. */
  public long asLong(int row) {
    switch (type) {
      case INT32:
      case DATE:
        return getInt(row);
      case FLOAT:
        return (long) getFloat(row);
      case DOUBLE:
        return (long) getDouble(row);
      case BOOLEAN:
        return getBoolean(row) ? 1 : 0;
      case INT64:
      case TIMESTAMP:
        return getLong(row);
      default:
        throw new IllegalStateException("cannot read a " + type + " column as a number");
    }
  }

  /** The value as a double. */
  public double asDouble(int row) {
    switch (type) {
      case FLOAT:
        return getFloat(row);
      case DOUBLE:
        return getDouble(row);
      default:
        return asLong(row);
    }
  }
}
