package org.stratadb.storage.read;

import java.io.IOException;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.reader.IPageReader;
import org.stratadb.storage.column.SortedColumn;

/** Decodes one TsFile page into the visible points of its (single) value column. */
final class PageDecoder {
  private PageDecoder() {}

  static SortedColumn decode(IPageReader page, TSDataType type, TimeMask mask) throws IOException {
    page.initTsBlockBuilder(List.of(type));
    TsBlock block = page.getAllSatisfiedData();
    int rows = block.getPositionCount();
    Column times = block.getTimeColumn();
    Column values = block.getColumn(0);
    boolean nullable = values.mayHaveNull();
    byte kind = Columns.kindOf(type);
    PointBuffer out = new PointBuffer(type, rows);
    int k = 0;
    for (int i = 0; i < rows; i++) {
      long time = times.getLong(i);
      k = mask.seek(k, time);
      if (!mask.visibleAt(k, time) || (nullable && values.isNull(i))) {
        continue;
      }
      switch (kind) {
        case Columns.BOOLEAN -> out.appendBoolean(time, values.getBoolean(i));
        case Columns.INT -> out.appendInt(time, values.getInt(i));
        case Columns.LONG -> out.appendLong(time, values.getLong(i));
        case Columns.FLOAT -> out.appendFloat(time, values.getFloat(i));
        case Columns.DOUBLE -> out.appendDouble(time, values.getDouble(i));
        default -> out.appendBinary(time, values.getBinary(i));
      }
    }
    return out.build();
  }
}
