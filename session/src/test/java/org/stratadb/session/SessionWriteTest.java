package org.stratadb.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stratadb.protocol.client.TSCreateAlignedTimeseriesReq;
import org.stratadb.protocol.client.TSCreateTimeseriesReq;
import org.stratadb.protocol.client.TSDeleteDataReq;
import org.stratadb.protocol.client.TSInsertRecordReq;
import org.stratadb.protocol.client.TSInsertRecordsOfOneDeviceReq;
import org.stratadb.protocol.client.TSInsertRecordsReq;
import org.stratadb.protocol.client.TSInsertStringRecordReq;
import org.stratadb.protocol.client.TSInsertStringRecordsReq;
import org.stratadb.protocol.client.TSInsertTabletReq;
import org.stratadb.protocol.client.TSInsertTabletsReq;
import org.stratadb.protocol.client.TSOpenSessionReq;
import org.stratadb.protocol.client.TSProtocolVersion;
import org.stratadb.session.testing.FakeServer;
import org.stratadb.session.testing.TabletWire;

class SessionWriteTest {
  private FakeServer server;
  private Session session;

  @BeforeEach
  void start() throws Exception {
    server = FakeServer.start();
    session =
        Session.builder()
            .host("127.0.0.1")
            .port(server.port())
            .username("alice")
            .password("secret")
            .zoneId(ZoneId.of("+08:00"))
            .build();
    session.open();
  }

  @AfterEach
  void stop() {
    session.close();
    server.close();
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  @Test
  void openLogsInThenRequestsAStatementIdAndCloseLogsOut() {
    TSOpenSessionReq open = server.only("openSession").arg(0);
    assertEquals(TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3, open.client_protocol);
    assertEquals("alice", open.username);
    assertEquals("secret", open.password);
    assertEquals("+08:00", open.zoneId);
    assertEquals(Map.of("version", "V_1_0"), open.configuration);
    assertEquals(FakeServer.SESSION_ID, (long) server.only("requestStatementId").arg(0));
    assertEquals(List.of("openSession", "requestStatementId"), methods());
    session.close();
    assertEquals(1, server.calls("closeSession").size());
  }

  private List<String> methods() {
    return server.calls().stream().map(FakeServer.Call::method).toList();
  }

  @Test
  void insertTabletSendsSortedRowsTypesAndBitmaps() throws Exception {
    Tablet t =
        new Tablet(
            "root.sg.d1",
            List.of("temp", "name", "ok"),
            List.of(TSDataType.DOUBLE, TSDataType.TEXT, TSDataType.BOOLEAN));
    t.addRow(20);
    t.setDouble(0, 0, 2.5);
    t.setText(1, 0, "late");
    t.setBoolean(2, 0, true);
    t.addRow(10);
    t.setNull(0, 1);
    t.setText(1, 1, "early");
    t.setBoolean(2, 1, false);
    t.setAligned(true);
    session.insertTablet(t);

    TSInsertTabletReq req = server.only("insertTablet").arg(0);
    assertEquals(FakeServer.SESSION_ID, req.sessionId);
    assertEquals("root.sg.d1", req.prefixPath);
    assertEquals(List.of("temp", "name", "ok"), req.measurements);
    assertEquals(List.of(4, 5, 0), req.types);
    assertEquals(2, req.size);
    assertTrue(req.isSetIsAligned() && req.isAligned);
    TabletWire.Decoded d = TabletWire.decode(req.timestamps, req.values, req.types);
    assertArrayEquals(new long[] {10, 20}, d.times());
    assertArrayEquals(new Object[] {null, 2.5}, d.values()[0]);
    assertArrayEquals(new Object[] {"early", "late"}, d.values()[1]);
    assertArrayEquals(new Object[] {false, true}, d.values()[2]);
  }

  @Test
  void reusedTabletIsSentAfreshEachTime() throws Exception {
    Tablet t = new Tablet("root.sg.d1", List.of("v"), List.of(TSDataType.INT64), 8);
    for (int round = 0; round < 3; round++) {
      t.reset();
      for (int r = 0; r <= round; r++) {
        t.setLong(0, t.addRow(r), round * 100L + r);
      }
      session.insertTablet(t);
    }
    List<FakeServer.Call> calls = server.calls("insertTablet");
    assertEquals(3, calls.size());
    for (int round = 0; round < 3; round++) {
      TSInsertTabletReq req = calls.get(round).arg(0);
      TabletWire.Decoded d = TabletWire.decode(req.timestamps, req.values, req.types);
      assertEquals(round + 1, d.times().length);
      assertEquals(round * 100L + round, d.values()[0][round]);
    }
  }

  @Test
  void emptyTabletSendsNothing() throws Exception {
    session.insertTablet(new Tablet("root.sg.d1", List.of("v"), List.of(TSDataType.INT64)));
    assertTrue(server.calls("insertTablet").isEmpty());
  }

  @Test
  void insertTabletsSendsOneRequestWithEveryDevice() throws Exception {
    Tablet a = new Tablet("root.sg.a", List.of("x"), List.of(TSDataType.INT32));
    a.setInt(0, a.addRow(1), 11);
    Tablet b =
        new Tablet("root.sg.b", List.of("y", "z"), List.of(TSDataType.FLOAT, TSDataType.INT64));
    b.setFloat(0, b.addRow(2), 1.5f);
    b.setNull(1, 0);
    b.setFloat(0, b.addRow(3), 2.5f);
    b.setLong(1, 1, 7);
    session.insertTablets(List.of(a, b));

    TSInsertTabletsReq req = server.only("insertTablets").arg(0);
    assertEquals(List.of("root.sg.a", "root.sg.b"), req.prefixPaths);
    assertEquals(List.of(List.of("x"), List.of("y", "z")), req.measurementsList);
    assertEquals(List.of(List.of(1), List.of(3, 2)), req.typesList);
    assertEquals(List.of(1, 2), req.sizeList);
    assertFalse(req.isAligned);
    TabletWire.Decoded da =
        TabletWire.decode(req.timestampsList.get(0), req.valuesList.get(0), req.typesList.get(0));
    assertArrayEquals(new Object[] {11}, da.values()[0]);
    TabletWire.Decoded db =
        TabletWire.decode(req.timestampsList.get(1), req.valuesList.get(1), req.typesList.get(1));
    assertArrayEquals(new long[] {2, 3}, db.times());
    assertArrayEquals(new Object[] {1.5f, 2.5f}, db.values()[0]);
    assertArrayEquals(new Object[] {null, 7L}, db.values()[1]);
  }

  @Test
  void insertRecordEncodesTypedValuesAndDropsNulls() throws Exception {
    session.insertRecord(
        "root.sg.d1",
        5,
        List.of("a", "b", "c", "d", "e", "f", "g"),
        List.of(
            TSDataType.BOOLEAN,
            TSDataType.INT32,
            TSDataType.INT64,
            TSDataType.FLOAT,
            TSDataType.DOUBLE,
            TSDataType.TEXT,
            TSDataType.INT32),
        Arrays.asList(true, 1, 2L, 1.0f, 2.0, "hi", null));
    TSInsertRecordReq req = server.only("insertRecord").arg(0);
    assertEquals("root.sg.d1", req.prefixPath);
    assertEquals(5, req.timestamp);
    assertEquals(List.of("a", "b", "c", "d", "e", "f"), req.measurements);
    assertTrue(req.isSetIsAligned());
    assertFalse(req.isAligned);
    ByteBuffer expected = ByteBuffer.allocate(1 + 1 + 1 + 4 + 1 + 8 + 1 + 4 + 1 + 8 + 1 + 4 + 2);
    expected.put((byte) 0).put((byte) 1);
    expected.put((byte) 1).putInt(1);
    expected.put((byte) 2).putLong(2);
    expected.put((byte) 3).putFloat(1.0f);
    expected.put((byte) 4).putDouble(2.0);
    expected.put((byte) 5).putInt(2).put((byte) 'h').put((byte) 'i');
    expected.flip();
    assertArrayEquals(bytes(expected), bytes(req.values));
  }

  @Test
  void allNullRecordSendsNothing() throws Exception {
    session.insertRecord(
        "root.sg.d1", 5, List.of("a"), List.of(TSDataType.INT32), Arrays.asList((Object) null));
    assertTrue(server.calls("insertRecord").isEmpty());
  }

  @Test
  void stringRecordsAndBatches() throws Exception {
    session.insertStringRecord("root.sg.d1", 1, List.of("a", "b"), List.of("1", "x"));
    TSInsertStringRecordReq one = server.only("insertStringRecord").arg(0);
    assertEquals(List.of("1", "x"), one.values);

    session.insertStringRecords(
        List.of("root.sg.d1", "root.sg.d2", "root.sg.d3"),
        List.of(1L, 2L, 3L),
        List.of(List.of("a"), List.of("b", "c"), List.of("d")),
        List.of(List.of("1"), Arrays.asList(null, "2"), Arrays.asList((String) null)));
    TSInsertStringRecordsReq many = server.only("insertStringRecords").arg(0);
    assertEquals(List.of("root.sg.d1", "root.sg.d2"), many.prefixPaths);
    assertEquals(List.of(List.of("a"), List.of("c")), many.measurementsList);
    assertEquals(List.of(List.of("1"), List.of("2")), many.valuesList);
    assertEquals(List.of(1L, 2L), many.timestamps);
  }

  @Test
  void typedRecordBatches() throws Exception {
    session.insertRecords(
        List.of("root.sg.d1", "root.sg.d2"),
        List.of(1L, 2L),
        List.of(List.of("a"), List.of("b")),
        List.of(List.of(TSDataType.INT64), List.of(TSDataType.TEXT)),
        List.of(List.of(5L), List.of("t")));
    TSInsertRecordsReq req = server.only("insertRecords").arg(0);
    assertEquals(2, req.valuesList.size());
    assertArrayEquals(new byte[] {2, 0, 0, 0, 0, 0, 0, 0, 5}, bytes(req.valuesList.get(0)));
    assertArrayEquals(new byte[] {5, 0, 0, 0, 1, 't'}, bytes(req.valuesList.get(1)));

    session.insertRecordsOfOneDevice(
        "root.sg.d1",
        List.of(3L, 4L),
        List.of(List.of("a"), List.of("a")),
        List.of(List.of(TSDataType.INT32), List.of(TSDataType.INT32)),
        List.of(List.of(1), List.of(2)));
    TSInsertRecordsOfOneDeviceReq one = server.only("insertRecordsOfOneDevice").arg(0);
    assertEquals("root.sg.d1", one.prefixPath);
    assertEquals(List.of(3L, 4L), one.timestamps);
  }

  @Test
  void schemaCallsCarryWireCodes() throws Exception {
    session.createDatabase("root.sg");
    assertEquals("root.sg", server.only("setStorageGroup").arg(1));
    session.deleteDatabases(List.of("root.a", "root.b"));
    assertEquals(List.of("root.a", "root.b"), server.only("deleteStorageGroups").arg(1));

    session.createTimeseries(
        "root.sg.d.s", TSDataType.FLOAT, TSEncoding.GORILLA, CompressionType.LZ4);
    TSCreateTimeseriesReq ts = server.only("createTimeseries").arg(0);
    assertEquals(3, ts.dataType);
    assertEquals(8, ts.encoding);
    assertEquals(7, ts.compressor);
    assertFalse(ts.isSetTags());

    session.createAlignedTimeseries(
        "root.sg.ad",
        List.of("x", "y"),
        List.of(TSDataType.INT32, TSDataType.TEXT),
        List.of(TSEncoding.RLE, TSEncoding.PLAIN),
        List.of(CompressionType.ZSTD, CompressionType.SNAPPY),
        null);
    TSCreateAlignedTimeseriesReq at = server.only("createAlignedTimeseries").arg(0);
    assertEquals(List.of(1, 5), at.dataTypes);
    assertEquals(List.of(2, 0), at.encodings);
    assertEquals(List.of(8, 1), at.compressors);

    session.deleteTimeseries("root.sg.d.s");
    assertEquals(List.of("root.sg.d.s"), server.only("deleteTimeseries").arg(1));

    session.deleteData("root.sg.d.s", 100);
    TSDeleteDataReq del = server.only("deleteData").arg(0);
    assertEquals(Long.MIN_VALUE, del.startTime);
    assertEquals(100, del.endTime);
  }

  @Test
  void callsAfterCloseFail() {
    session.close();
    assertThrows(ConnectionException.class, () -> session.createDatabase("root.x"));
  }
}
