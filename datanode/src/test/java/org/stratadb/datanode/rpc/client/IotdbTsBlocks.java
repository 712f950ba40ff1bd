package org.stratadb.datanode.rpc.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Decodes serialized TsBlocks with the decoder Apache IoTDB's 1.3.2 clients use ({@code
 * org.apache.iotdb.tsfile.read.common.block.column.TsBlockSerde}), reached by reflection.
 */
final class IotdbTsBlocks {
  private final Object block;

  private IotdbTsBlocks(Object block) {
    this.block = block;
  }

  static IotdbTsBlocks decode(byte[] bytes) {
    Object serde =
        Reflect.construct("org.apache.iotdb.tsfile.read.common.block.column.TsBlockSerde");
    return new IotdbTsBlocks(Reflect.call(serde, "deserialize", ByteBuffer.wrap(bytes)));
  }

  int rows() {
    return (Integer) Reflect.call(block, "getPositionCount");
  }

  int valueColumns() {
    return (Integer) Reflect.call(block, "getValueColumnCount");
  }

  long time(int row) {
    return (Long) Reflect.call(Reflect.call(block, "getTimeColumn"), "getLong", row);
  }

  /** The client's type name of a value column (BOOLEAN, INT32, INT64, FLOAT, DOUBLE, TEXT). */
  String typeName(int column) {
    return Reflect.call(Reflect.call(block, "getColumn", column), "getDataType").toString();
  }

  /** A cell as the client reads it: Boolean, Integer, Long, Float, Double, String, or null. */
  Object cell(int column, int row) {
    Object col = Reflect.call(block, "getColumn", column);
    if ((Boolean) Reflect.call(col, "isNull", row)) {
      return null;
    }
    switch (typeName(column)) {
      case "BOOLEAN":
        return Reflect.call(col, "getBoolean", row);
      case "INT32":
        return Reflect.call(col, "getInt", row);
      case "INT64":
        return Reflect.call(col, "getLong", row);
      case "FLOAT":
        return Reflect.call(col, "getFloat", row);
      case "DOUBLE":
        return Reflect.call(col, "getDouble", row);
      default:
        byte[] bytes = (byte[]) Reflect.call(Reflect.call(col, "getBinary", row), "getValues");
        return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
