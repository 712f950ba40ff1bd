package org.stratadb.query.exec;

import java.util.List;
import java.util.Optional;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.apache.tsfile.read.common.block.column.BinaryColumn;
import org.apache.tsfile.read.common.block.column.BooleanColumn;
import org.apache.tsfile.read.common.block.column.DoubleColumn;
import org.apache.tsfile.read.common.block.column.FloatColumn;
import org.apache.tsfile.read.common.block.column.IntColumn;
import org.apache.tsfile.read.common.block.column.LongColumn;
import org.apache.tsfile.read.common.block.column.RunLengthEncodedColumn;
import org.apache.tsfile.utils.Binary;

/** Small helpers for building blocks. */
public final class Blocks {
  private Blocks() {}

  /** A builder for blocks of the given value types holding up to {@code rows} rows. */
  public static TsBlockBuilder builder(List<TSDataType> types, int rows) {
    TsBlockBuilder builder = new TsBlockBuilder(rows, types);
    builder.setMaxTsBlockLineNumber(rows);
    return builder;
  }

  /** Appends value {@code position} of {@code column}, or a null. */
  public static void copy(Column column, int position, ColumnBuilder into) {
    if (column.isNull(position)) {
      into.appendNull();
    } else {
      into.write(column, position);
    }
  }

  /** A column of {@code rows} nulls of the given type. */
  public static Column nulls(TSDataType type, int rows) {
    Optional<boolean[]> isNull = Optional.of(new boolean[] {true});
    Column single =
        switch (type) {
          case BOOLEAN -> new BooleanColumn(1, isNull, new boolean[1]);
          case INT32, DATE -> new IntColumn(1, isNull, new int[1], type);
          case INT64, TIMESTAMP -> new LongColumn(1, isNull, new long[1]);
          case FLOAT -> new FloatColumn(1, isNull, new float[1]);
          case DOUBLE -> new DoubleColumn(1, isNull, new double[1]);
          default -> new BinaryColumn(1, isNull, new Binary[1]);
        };
    return new RunLengthEncodedColumn(single, rows);
  }
}
