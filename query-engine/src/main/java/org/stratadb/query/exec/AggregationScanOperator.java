package org.stratadb.query.exec;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.apache.tsfile.utils.Binary;
import org.stratadb.query.plan.AggregationPiece;
import org.stratadb.query.plan.AggregationScanNode;
import org.stratadb.query.spi.RegionReader;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;

/**
 * Runs an {@link AggregationScanNode}: the storage engine aggregates each piece, rows of equal
 * window key are merged, and the partials are emitted as blocks in key order.
 */
final class AggregationScanOperator implements Operator {
  private final RegionReader reader;
  private final AggregationScanNode node;
  private final List<TSDataType> types;
  private final TsBlockBuilder builder;
  private final int blockRows;
  private Iterator<Map.Entry<Long, Object[]>> rows;

  AggregationScanOperator(RegionReader reader, AggregationScanNode node, int blockRows) {
    this.reader = reader;
    this.node = node;
    this.types = node.outputTypes();
    this.blockRows = blockRows;
    this.builder = Blocks.builder(types, blockRows);
  }

  @Override
  public List<TSDataType> types() {
    return types;
  }

  @Override
  public TsBlock next() {
    if (rows == null) {
      rows = aggregate().entrySet().iterator();
    }
    builder.reset();
    ColumnBuilder[] columns = builder.getValueColumnBuilders();
    while (builder.getPositionCount() < blockRows && rows.hasNext()) {
      Map.Entry<Long, Object[]> row = rows.next();
      builder.getTimeColumnBuilder().writeLong(row.getKey());
      Object[] values = row.getValue();
      for (int c = 0; c < columns.length; c++) {
        write(values[c], types.get(c), columns[c]);
      }
      builder.declarePosition();
    }
    return builder.isEmpty() ? null : builder.build();
  }

  private TreeMap<Long, Object[]> aggregate() {
    TreeMap<Long, Object[]> merged = new TreeMap<>();
    for (AggregationPiece piece : node.pieces()) {
      AggregationQuery query =
          new AggregationQuery(
              node.device(),
              node.aligned(),
              node.measurement(),
              node.type(),
              node.kinds(),
              piece.range(),
              piece.interval(),
              piece.step());
      for (AggregationRow row : reader.aggregate(query)) {
        long key = piece.isWindowed() ? row.windowStart() : piece.key();
        Object[] values = row.values().clone();
        Object[] existing = merged.putIfAbsent(key, values);
        if (existing != null) {
          BoxedPartials.merge(node.kinds(), existing, values);
        }
      }
    }
    return merged;
  }

  private static void write(Object value, TSDataType type, ColumnBuilder into) {
    if (value == null) {
      into.appendNull();
      return;
    }
    switch (type) {
      case BOOLEAN -> into.writeBoolean((Boolean) value);
      case INT32, DATE -> into.writeInt(((Number) value).intValue());
      case INT64, TIMESTAMP -> into.writeLong(((Number) value).longValue());
      case FLOAT -> into.writeFloat(((Number) value).floatValue());
      case DOUBLE -> into.writeDouble(((Number) value).doubleValue());
      default -> into.writeBinary((Binary) value);
    }
  }

  @Override
  public void close() {
    rows = java.util.Collections.emptyIterator();
  }
}
