package org.stratadb.storage.read;

import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.column.SortedColumn;

/**
 * The row a {@link DeviceScan} is looking at: for each measurement its current column and position,
 * and whether it has a point at the row's time. One instance per scan, reused for every row, so
 * filters read values without boxing.
 */
final class ScanRow {
  final SortedColumn[] columns;
  final int[] positions;
  final boolean[] present;

  ScanRow(int width) {
    columns = new SortedColumn[width];
    positions = new int[width];
    present = new boolean[width];
  }

  boolean isNull(int column) {
    return !present[column];
  }

  boolean getBoolean(int column) {
    return columns[column].getBoolean(positions[column]);
  }

  int getInt(int column) {
    return columns[column].getInt(positions[column]);
  }

  long getLong(int column) {
    return columns[column].getLong(positions[column]);
  }

  float getFloat(int column) {
    return columns[column].getFloat(positions[column]);
  }

  double getDouble(int column) {
    return columns[column].getDouble(positions[column]);
  }

  Binary getBinary(int column) {
    return columns[column].getBinary(positions[column]);
  }
}
