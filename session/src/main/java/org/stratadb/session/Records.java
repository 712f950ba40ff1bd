package org.stratadb.session;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.stratadb.protocol.client.TSInsertRecordReq;
import org.stratadb.protocol.client.TSInsertRecordsOfOneDeviceReq;
import org.stratadb.protocol.client.TSInsertRecordsReq;
import org.stratadb.protocol.client.TSInsertStringRecordReq;
import org.stratadb.protocol.client.TSInsertStringRecordsReq;
import org.stratadb.session.internal.RecordCodec;

/**
 * The record-shaped writes of a {@link Session}: nulls are dropped with their measurement, rows
 * left empty are dropped, then the request goes out on the session's connection.
 */
final class Records {
  private final Session session;

  Records(Session session) {
    this.session = session;
  }

  /** A row without its null values. */
  private record Row(List<String> measurements, List<TSDataType> types, List<Object> values) {
    static Row of(List<String> measurements, List<TSDataType> types, List<Object> values) {
      if (measurements.size() != values.size() || types.size() != values.size()) {
        throw new IllegalArgumentException(
            "measurements, types and values differ in size: "
                + measurements.size()
                + ", "
                + types.size()
                + ", "
                + values.size());
      }
      if (!hasNull(values)) {
        return new Row(measurements, types, values);
      }
      List<String> m = new ArrayList<>();
      List<TSDataType> t = new ArrayList<>();
      List<Object> v = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null) {
          m.add(measurements.get(i));
          t.add(types.get(i));
          v.add(values.get(i));
        }
      }
      return new Row(m, t, v);
    }

    ByteBuffer encode() {
      return RecordCodec.encode(types, values);
    }
  }

  /** A text row without its null values. */
  private record TextRow(List<String> measurements, List<String> values) {
    static TextRow of(List<String> measurements, List<String> values) {
      if (measurements.size() != values.size()) {
        throw new IllegalArgumentException(
            "measurements and values differ in size: "
                + measurements.size()
                + " vs "
                + values.size());
      }
      if (!hasNull(values)) {
        return new TextRow(measurements, values);
      }
      List<String> m = new ArrayList<>();
      List<String> v = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null) {
          m.add(measurements.get(i));
          v.add(values.get(i));
        }
      }
      return new TextRow(m, v);
    }
  }

  void insertRecord(
      String deviceId,
      long time,
      List<String> measurements,
      List<TSDataType> types,
      List<Object> values,
      boolean aligned)
      throws StatementExecutionException, ConnectionException {
    Row row = Row.of(measurements, types, values);
    if (row.values.isEmpty()) {
      return;
    }
    ByteBuffer encoded = row.encode();
    session.callStatus(
        (client, c) -> {
          TSInsertRecordReq req =
              new TSInsertRecordReq(c.sessionId(), deviceId, row.measurements, encoded, time);
          req.setIsAligned(aligned);
          return client.insertRecord(req);
        });
  }

  void insertStringRecord(
      String deviceId, long time, List<String> measurements, List<String> values, boolean aligned)
      throws StatementExecutionException, ConnectionException {
    TextRow row = TextRow.of(measurements, values);
    if (row.values.isEmpty()) {
      return;
    }
    session.callStatus(
        (client, c) -> {
          TSInsertStringRecordReq req =
              new TSInsertStringRecordReq(
                  c.sessionId(), deviceId, row.measurements, row.values, time);
          req.setIsAligned(aligned);
          return client.insertStringRecord(req);
        });
  }

  void insertRecords(
      List<String> deviceIds,
      List<Long> times,
      List<List<String>> measurementsList,
      List<List<TSDataType>> typesList,
      List<List<Object>> valuesList,
      boolean aligned)
      throws StatementExecutionException, ConnectionException {
    checkSizes(deviceIds.size(), times.size(), measurementsList.size(), valuesList.size());
    List<String> devices = new ArrayList<>();
    List<Long> keptTimes = new ArrayList<>();
    List<List<String>> measurements = new ArrayList<>();
    List<ByteBuffer> values = new ArrayList<>();
    for (int i = 0; i < deviceIds.size(); i++) {
      Row row = Row.of(measurementsList.get(i), typesList.get(i), valuesList.get(i));
      if (!row.values.isEmpty()) {
        devices.add(deviceIds.get(i));
        keptTimes.add(times.get(i));
        measurements.add(row.measurements);
        values.add(row.encode());
      }
    }
    if (devices.isEmpty()) {
      return;
    }
    session.callStatus(
        (client, c) -> {
          TSInsertRecordsReq req =
              new TSInsertRecordsReq(c.sessionId(), devices, measurements, values, keptTimes);
          req.setIsAligned(aligned);
          return client.insertRecords(req);
        });
  }

  void insertStringRecords(
      List<String> deviceIds,
      List<Long> times,
      List<List<String>> measurementsList,
      List<List<String>> valuesList,
      boolean aligned)
      throws StatementExecutionException, ConnectionException {
    checkSizes(deviceIds.size(), times.size(), measurementsList.size(), valuesList.size());
    List<String> devices = new ArrayList<>();
    List<Long> keptTimes = new ArrayList<>();
    List<List<String>> measurements = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    for (int i = 0; i < deviceIds.size(); i++) {
      TextRow row = TextRow.of(measurementsList.get(i), valuesList.get(i));
      if (!row.values.isEmpty()) {
        devices.add(deviceIds.get(i));
        keptTimes.add(times.get(i));
        measurements.add(row.measurements);
        values.add(row.values);
      }
    }
    if (devices.isEmpty()) {
      return;
    }
    session.callStatus(
        (client, c) -> {
          TSInsertStringRecordsReq req =
              new TSInsertStringRecordsReq(c.sessionId(), devices, measurements, values, keptTimes);
          req.setIsAligned(aligned);
          return client.insertStringRecords(req);
        });
  }

  void insertRecordsOfOneDevice(
      String deviceId,
      List<Long> times,
      List<List<String>> measurementsList,
      List<List<TSDataType>> typesList,
      List<List<Object>> valuesList,
      boolean aligned)
      throws StatementExecutionException, ConnectionException {
    checkSizes(times.size(), times.size(), measurementsList.size(), valuesList.size());
    List<Long> keptTimes = new ArrayList<>();
    List<List<String>> measurements = new ArrayList<>();
    List<ByteBuffer> values = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      Row row = Row.of(measurementsList.get(i), typesList.get(i), valuesList.get(i));
      if (!row.values.isEmpty()) {
        keptTimes.add(times.get(i));
        measurements.add(row.measurements);
        values.add(row.encode());
      }
    }
    if (keptTimes.isEmpty()) {
      return;
    }
    session.callStatus(
        (client, c) -> {
          TSInsertRecordsOfOneDeviceReq req =
              new TSInsertRecordsOfOneDeviceReq(
                  c.sessionId(), deviceId, measurements, values, keptTimes);
          req.setIsAligned(aligned);
          return client.insertRecordsOfOneDevice(req);
        });
  }

  /** Whether the list holds a null (immutable lists refuse {@code contains(null)}). */
  private static boolean hasNull(List<?> values) {
    for (Object v : values) {
      if (v == null) {
        return true;
      }
    }
    return false;
  }

  private static void checkSizes(int devices, int times, int measurements, int values) {
    if (devices != times || times != measurements || measurements != values) {
      throw new IllegalArgumentException(
          "record lists differ in size: "
              + devices
              + " devices, "
              + times
              + " times, "
              + measurements
              + " measurement lists, "
              + values
              + " value lists");
    }
  }
}
