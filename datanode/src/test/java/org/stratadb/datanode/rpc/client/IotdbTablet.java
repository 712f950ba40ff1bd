package org.stratadb.datanode.rpc.client;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/**
 * An Apache IoTDB 1.3.2 client {@code Tablet}, built and encoded by IoTDB's own code ({@code
 * SessionUtils.getTimeBuffer/getValueBuffer}) through reflection. Only the six types 1.3.2 knows
 * are allowed.
 */
final class IotdbTablet {
  private static final String TYPES = "org.apache.iotdb.tsfile.file.metadata.enums.TSDataType";
  private static final String SESSION_UTILS = "org.apache.iotdb.session.util.SessionUtils";

  private final Object tablet;
  private final List<String> measurements;
  private final List<TSDataType> types;
  private int rows;

  IotdbTablet(String device, List<String> measurements, List<TSDataType> types, int capacity) {
    this.measurements = List.copyOf(measurements);
    this.types = List.copyOf(types);
    List<Object> schemas = new ArrayList<>();
    for (int i = 0; i < measurements.size(); i++) {
      schemas.add(
          Reflect.construct(
              "org.apache.iotdb.tsfile.write.schema.MeasurementSchema",
              measurements.get(i),
              Reflect.enumValue(TYPES, types.get(i).name())));
    }
    this.tablet =
        Reflect.construct(
            "org.apache.iotdb.tsfile.write.record.Tablet", device, schemas, Math.max(1, capacity));
  }

  /** Adds a row; a null value is marked in the tablet's bitmap, as IoTDB's Tablet does. */
  IotdbTablet addRow(long time, Object... values) {
    Reflect.call(tablet, "addTimestamp", rows, time);
    for (int c = 0; c < values.length; c++) {
      Reflect.call(tablet, "addValue", measurements.get(c), rows, values[c]);
    }
    rows++;
    try {
      tablet.getClass().getField("rowSize").setInt(tablet, rows);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  Object unwrap() {
    return tablet;
  }

  int rows() {
    return rows;
  }

  List<String> measurements() {
    return measurements;
  }

  List<Integer> typeCodes() {
    return types.stream().map(t -> (int) t.serialize()).toList();
  }

  ByteBuffer timeBuffer() {
    return (ByteBuffer) Reflect.callStatic(SESSION_UTILS, "getTimeBuffer", tablet);
  }

  ByteBuffer valueBuffer() {
    return (ByteBuffer) Reflect.callStatic(SESSION_UTILS, "getValueBuffer", tablet);
  }

  /** IoTDB's encoding of one record's values (type byte and value each). */
  static ByteBuffer recordValues(List<TSDataType> types, List<Object> values) {
    List<Object> iotdbTypes = new ArrayList<>();
    for (TSDataType type : types) {
      iotdbTypes.add(Reflect.enumValue(TYPES, type.name()));
    }
    return (ByteBuffer) Reflect.callStatic(SESSION_UTILS, "getValueBuffer", iotdbTypes, values);
  }
}
