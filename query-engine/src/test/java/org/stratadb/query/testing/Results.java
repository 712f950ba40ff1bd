package org.stratadb.query.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.utils.Binary;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.query.api.ResultSet;
import org.stratadb.query.exec.eval.Texts;

/** Reads a result set into text rows "time,v1,v2,..." (null as "null"), checking block rules. */
public final class Results {
  private Results() {}

  public record Table(ResultHeader header, List<String> rows) {}

  public static Table read(ExecutionResult result, int maxBlockRows) {
    assertTrue(result instanceof ExecutionResult.Rows, "a query returns rows");
    try (ResultSet rows = ((ExecutionResult.Rows) result).rows()) {
      ResultHeader header = rows.header();
      assertNotNull(header);
      List<String> out = new ArrayList<>();
      TsBlock block;
      while ((block = rows.next()) != null) {
        int n = block.getPositionCount();
        assertTrue(n > 0, "no empty blocks");
        assertTrue(n <= maxBlockRows, "block of " + n + " rows exceeds " + maxBlockRows);
        for (int r = 0; r < n; r++) {
          StringBuilder row = new StringBuilder().append(block.getTimeByIndex(r));
          for (int c = 0; c < header.columns().size(); c++) {
            Column column = block.getColumn(header.blockColumn().get(c));
            row.append(',').append(text(column, r, header.dataTypes().get(c)));
          }
          out.add(row.toString());
        }
      }
      assertTrue(rows.next() == null, "a finished result stays finished");
      return new Table(header, out);
    }
  }

  static String text(Column column, int r, TSDataType type) {
    if (column.isNull(r)) {
      return "null";
    }
    return switch (type) {
      case BOOLEAN -> String.valueOf(column.getBoolean(r));
      case INT32, DATE -> String.valueOf(column.getInt(r));
      case INT64, TIMESTAMP -> String.valueOf(column.getLong(r));
      case FLOAT -> String.valueOf(column.getFloat(r));
      case DOUBLE -> String.valueOf(column.getDouble(r));
      default -> {
        Binary b = column.getBinary(r);
        yield Texts.string(b);
      }
    };
  }
}
