package org.stratadb.storage.column;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;

/**
 * Points of one series in strictly ascending time order, without nulls and without repeated times:
 * the unit in which memtables and TsFile readers hand data to the read path. {@code values} is the
 * primitive array of the type ({@code boolean[]}, {@code int[]} for INT32 and DATE, {@code long[]}
 * for INT64 and TIMESTAMP, {@code float[]}, {@code double[]}, {@code Binary[]} for TEXT, STRING and
 * BLOB); only the first {@code size} entries of both arrays count.
 */
public record SortedColumn(TSDataType type, long[] times, Object values, int size) {

  public long time(int index) {
    return times[index];
  }

  public long firstTime() {
    return times[0];
  }

  public long lastTime() {
    return times[size - 1];
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public boolean getBoolean(int index) {
    return ((boolean[]) values)[index];
  }

  public int getInt(int index) {
    return ((int[]) values)[index];
  }

  public long getLong(int index) {
    return ((long[]) values)[index];
  }

  public float getFloat(int index) {
    return ((float[]) values)[index];
  }

  public double getDouble(int index) {
    return ((double[]) values)[index];
  }

  public Binary getBinary(int index) {
    return ((Binary[]) values)[index];
  }

  /** The value at {@code index} boxed; for tests and slow paths only. */
  public Object boxed(int index) {
    return ColumnValues.box(type, values, index);
  }
}
