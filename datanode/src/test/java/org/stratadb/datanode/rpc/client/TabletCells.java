package org.stratadb.datanode.rpc.client;

import java.nio.charset.StandardCharsets;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.api.Tablet;

/** Reads a storage {@link Tablet} cell back as a Java value (null for a null cell). */
final class TabletCells {
  private TabletCells() {}

  static Object cell(Tablet tablet, int column, int row) {
    if (tablet.isNull(column, row)) {
      return null;
    }
    Object values = tablet.values(column);
    if (values instanceof boolean[] v) {
      return v[row];
    } else if (values instanceof int[] v) {
      return v[row];
    } else if (values instanceof long[] v) {
      return v[row];
    } else if (values instanceof float[] v) {
      return v[row];
    } else if (values instanceof double[] v) {
      return v[row];
    }
    return ((Binary[]) values)[row].getStringValue(StandardCharsets.UTF_8);
  }

  /** Every row as "time:v1,v2,..." for compact assertions. */
  static java.util.List<String> rows(Tablet tablet) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int r = 0; r < tablet.rowCount(); r++) {
      StringBuilder row = new StringBuilder().append(tablet.time(r)).append(':');
      for (int c = 0; c < tablet.columnCount(); c++) {
        row.append(c == 0 ? "" : ",").append(cell(tablet, c, r));
      }
      out.add(row.toString());
    }
    return out;
  }
}
