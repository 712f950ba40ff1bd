package org.stratadb.datanode.write;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.utils.BitMap;
import org.stratadb.datanode.schema.WriteColumns;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

/** Turns one resolved text row into a one-row tablet of the columns that have a value. */
final class TextRows {
  private TextRows() {}

  static Tablet toTablet(String device, long time, WriteColumns resolved) {
    int n = 0;
    for (int i = 0; i < resolved.count(); i++) {
      if (resolved.column(i) != null && resolved.value(i) != null) {
        n++;
      }
    }
    ColumnSpec[] specs = new ColumnSpec[n];
    Object[] arrays = new Object[n];
    int c = 0;
    for (int i = 0; i < resolved.count(); i++) {
      Object value = resolved.value(i);
      if (resolved.column(i) == null || value == null) {
        continue;
      }
      specs[c] = resolved.column(i);
      arrays[c] = oneValue(specs[c].type(), value);
      c++;
    }
    return new Tablet(
        device,
        resolved.aligned(),
        specs,
        new long[] {time},
        arrays,
        new BitMap[n],
        n == 0 ? 0 : 1);
  }

  private static Object oneValue(TSDataType type, Object value) {
    return switch (type) {
      case BOOLEAN -> new boolean[] {(Boolean) value};
      case INT32, DATE -> new int[] {((Number) value).intValue()};
      case INT64, TIMESTAMP -> new long[] {((Number) value).longValue()};
      case FLOAT -> new float[] {((Number) value).floatValue()};
      case DOUBLE -> new double[] {((Number) value).doubleValue()};
      default -> new Binary[] {(Binary) value};
    };
  }
}
