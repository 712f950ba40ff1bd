package org.stratadb.datanode.coordinator.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.apache.tsfile.utils.Binary;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.query.api.ResultSet;

/**
 * A small result computed in full before it is returned (SHOW statements, COUNT, cluster info):
 * rows of Java values turned into TsBlocks of at most {@value #BLOCK_ROWS} rows. Values are {@code
 * Integer}, {@code Long}, {@code Double}, {@code Float}, {@code Boolean}, {@code String} or null.
 */
public final class TableResult implements ResultSet {
  static final int BLOCK_ROWS = 1024;

  private final ResultHeader header;
  private final List<Object[]> rows;
  private final long[] times;
  private int next;

  private TableResult(ResultHeader header, List<Object[]> rows, long[] times) {
    this.header = header;
    this.rows = rows;
    this.times = times;
  }

  /** A result without a Time column shown to the client (times are all 0 on the wire). */
  public static TableResult of(List<String> columns, List<TSDataType> types, List<Object[]> rows) {
    return new TableResult(ResultHeader.distinct(columns, types, true), List.copyOf(rows), null);
  }

  /** A result with a Time column: {@code times[i]} is the time of {@code rows.get(i)}. */
  public static TableResult timed(
      List<String> columns, List<TSDataType> types, long[] times, List<Object[]> rows) {
    if (times.length != rows.size()) {
      throw new IllegalArgumentException("one time per row");
    }
    return new TableResult(
        ResultHeader.distinct(columns, types, false), List.copyOf(rows), times.clone());
  }

  /** Starts building a result column by column. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ResultHeader header() {
    return header;
  }

  @Override
  public TsBlock next() {
    if (next >= rows.size()) {
      return null;
    }
    List<TSDataType> types = header.dataTypes();
    TsBlockBuilder builder = new TsBlockBuilder(types);
    int end = Math.min(rows.size(), next + BLOCK_ROWS);
    for (int r = next; r < end; r++) {
      builder.getTimeColumnBuilder().writeLong(times == null ? 0L : times[r]);
      Object[] row = rows.get(r);
      for (int c = 0; c < types.size(); c++) {
        write(builder.getColumnBuilder(c), types.get(c), row[c]);
      }
      builder.declarePosition();
    }
    next = end;
    return builder.build();
  }

  private static void write(ColumnBuilder column, TSDataType type, Object value) {
    if (value == null) {
      column.appendNull();
      return;
    }
    switch (type) {
      case BOOLEAN -> column.writeBoolean((Boolean) value);
      case INT32, DATE -> column.writeInt(((Number) value).intValue());
      case INT64, TIMESTAMP -> column.writeLong(((Number) value).longValue());
      case FLOAT -> column.writeFloat(((Number) value).floatValue());
      case DOUBLE -> column.writeDouble(((Number) value).doubleValue());
      default -> column.writeBinary(new Binary(value.toString().getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Override
  public void close() {
    next = rows.size();
  }

  /** Collects the columns and rows of a result. */
  public static final class Builder {
    private final List<String> columns = new ArrayList<>();
    private final List<TSDataType> types = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    public Builder column(String name, TSDataType type) {
      columns.add(name);
      types.add(type);
      return this;
    }

    public Builder row(Object... values) {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException(
            "row of " + values.length + " values for " + columns.size() + " columns");
      }
      rows.add(values);
      return this;
    }

    public TableResult build() {
      return TableResult.of(columns, types, rows);
    }
  }
}
