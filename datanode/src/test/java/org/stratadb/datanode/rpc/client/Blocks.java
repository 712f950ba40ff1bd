package org.stratadb.datanode.rpc.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.apache.tsfile.utils.Binary;

/** Builds TsBlocks for tests: each cell is a Java value or null. */
final class Blocks {
  private Blocks() {}

  /**
   * @param rows each row: its time, then one value per column
   */
  static TsBlock of(List<TSDataType> types, Object[]... rows) {
    TsBlockBuilder builder = new TsBlockBuilder(types);
    for (Object[] row : rows) {
      builder.getTimeColumnBuilder().writeLong((Long) row[0]);
      for (int c = 0; c < types.size(); c++) {
        write(builder.getColumnBuilder(c), types.get(c), row[c + 1]);
      }
      builder.declarePosition();
    }
    return builder.build();
  }

  /** {@code rows} rows from {@code firstTime} on, one column per type, about a third null. */
  static TsBlock random(List<TSDataType> types, long firstTime, int rows, Random random) {
    Object[][] data = new Object[rows][];
    for (int r = 0; r < rows; r++) {
      Object[] row = new Object[types.size() + 1];
      row[0] = firstTime + r;
      for (int c = 0; c < types.size(); c++) {
        row[c + 1] = random.nextInt(3) == 0 ? null : randomValue(types.get(c), random);
      }
      data[r] = row;
    }
    return of(types, data);
  }

  static Object randomValue(TSDataType type, Random random) {
    switch (type) {
      case BOOLEAN:
        return random.nextBoolean();
      case INT32:
      case DATE:
        return random.nextInt();
      case INT64:
      case TIMESTAMP:
        return random.nextLong();
      case FLOAT:
        return random.nextFloat() * 1000 - 500;
      case DOUBLE:
        return random.nextDouble() * 1e6 - 5e5;
      default:
        return "v" + random.nextInt(100_000) + "\u00e9\u4e2d".repeat(random.nextInt(3));
    }
  }

  static void write(ColumnBuilder builder, TSDataType type, Object value) {
    if (value == null) {
      builder.appendNull();
      return;
    }
    switch (type) {
      case BOOLEAN:
        builder.writeBoolean((Boolean) value);
        break;
      case INT32:
      case DATE:
        builder.writeInt((Integer) value);
        break;
      case INT64:
      case TIMESTAMP:
        builder.writeLong((Long) value);
        break;
      case FLOAT:
        builder.writeFloat((Float) value);
        break;
      case DOUBLE:
        builder.writeDouble((Double) value);
        break;
      default:
        builder.writeBinary(new Binary(((String) value).getBytes(StandardCharsets.UTF_8)));
        break;
    }
  }

  /** The Java value of a cell, as {@link #of} takes it. */
  static Object cell(TsBlock block, int column, int row) {
    var col = block.getColumn(column);
    if (col.isNull(row)) {
      return null;
    }
    switch (col.getDataType()) {
      case BOOLEAN:
        return col.getBoolean(row);
      case INT32:
      case DATE:
        return col.getInt(row);
      case INT64:
      case TIMESTAMP:
        return col.getLong(row);
      case FLOAT:
        return col.getFloat(row);
      case DOUBLE:
        return col.getDouble(row);
      default:
        return col.getBinary(row).getStringValue(StandardCharsets.UTF_8);
    }
  }
}
