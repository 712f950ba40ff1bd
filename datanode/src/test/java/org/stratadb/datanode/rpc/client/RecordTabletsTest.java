package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.stratadb.storage.api.Tablet;

class RecordTabletsTest {

  @Test
  void rowsOfOneDeviceBecomeOneTabletOverAllTheirMeasurements() {
    RecordTablets rows = new RecordTablets(3);
    rows.add(
        "root.sg.d1",
        false,
        1,
        List.of("a", "b"),
        IotdbTablet.recordValues(List.of(TSDataType.INT32, TSDataType.TEXT), List.of(1, "x")));
    rows.add(
        "root.sg.d1",
        false,
        2,
        List.of("c"),
        IotdbTablet.recordValues(List.of(TSDataType.DOUBLE), List.of(2.5)));
    rows.add(
        "root.sg.d1",
        false,
        3,
        List.of("b", "a"),
        IotdbTablet.recordValues(List.of(TSDataType.TEXT, TSDataType.INT32), List.of("y", 3)));

    List<Tablet> tablets = rows.finish();

    assertEquals(1, tablets.size());
    Tablet t = tablets.get(0);
    assertEquals(List.of("a", "b", "c"), names(t));
    assertEquals(List.of("1:1,x,null", "2:null,null,2.5", "3:3,y,null"), TabletCells.rows(t));
  }

  @Test
  void devicesKeepTheirOrderAndEveryTypeDecodes() {
    List<TSDataType> six =
        List.of(
            TSDataType.BOOLEAN,
            TSDataType.INT32,
            TSDataType.INT64,
            TSDataType.FLOAT,
            TSDataType.DOUBLE,
            TSDataType.TEXT);
    List<String> names = List.of("b", "i", "l", "f", "d", "t");
    RecordTablets rows = new RecordTablets(2);
    rows.add(
        "root.sg.d2",
        true,
        5,
        names,
        IotdbTablet.recordValues(six, List.of(true, 7, 8L, 1.5f, 2.25, "\u4e2d")));
    rows.add(
        "root.sg.d1",
        true,
        6,
        List.of("x"),
        IotdbTablet.recordValues(List.of(TSDataType.BOOLEAN), List.of(false)));

    List<Tablet> tablets = rows.finish();

    assertEquals(
        List.of("root.sg.d2", "root.sg.d1"), tablets.stream().map(Tablet::device).toList());
    assertEquals(List.of("5:true,7,8,1.5,2.25,\u4e2d"), TabletCells.rows(tablets.get(0)));
    assertEquals(true, tablets.get(0).aligned());
  }

  @Test
  void aNullValueIsANullCellAndAnUnknownNullIsDropped() {
    RecordTablets rows = new RecordTablets(2);
    rows.add(
        "root.sg.d",
        false,
        1,
        List.of("a", "b"),
        TabletWire.record(List.of(TSDataType.INT64, TSDataType.INT64), Arrays.asList(1L, null)));
    rows.add(
        "root.sg.d",
        false,
        2,
        List.of("a"),
        TabletWire.record(List.of(TSDataType.INT64), Arrays.asList((Object) null)));

    Tablet t = rows.finish().get(0);

    assertEquals(List.of("a"), names(t));
    assertEquals(List.of("1:1", "2:null"), TabletCells.rows(t));
  }

  @Test
  void aTypeChangeStartsANewTabletForTheDevice() {
    RecordTablets rows = new RecordTablets(3);
    rows.add("root.sg.d", false, 1, List.of("s"), record(TSDataType.INT32, 1));
    rows.add("root.sg.e", false, 1, List.of("s"), record(TSDataType.INT32, 9));
    rows.add("root.sg.d", false, 2, List.of("s"), record(TSDataType.TEXT, "two"));
    rows.add("root.sg.d", false, 3, List.of("s"), record(TSDataType.TEXT, "three"));

    List<Tablet> tablets = rows.finish();

    List<Tablet> ofD = tablets.stream().filter(t -> t.device().equals("root.sg.d")).toList();
    assertEquals(3, tablets.size());
    assertEquals(List.of("1:1"), TabletCells.rows(ofD.get(0)));
    assertEquals(TSDataType.INT32, ofD.get(0).column(0).type());
    assertEquals(List.of("2:two", "3:three"), TabletCells.rows(ofD.get(1)));
    assertEquals(TSDataType.TEXT, ofD.get(1).column(0).type());
  }

  @Test
  void manyRowsGrowTheArrays() {
    RecordTablets rows = new RecordTablets(1);
    for (int i = 0; i < 5000; i++) {
      String m = i % 2 == 0 ? "even" : "odd";
      rows.add("root.sg.d", false, i, List.of(m), record(TSDataType.INT64, (long) i));
    }
    Tablet t = rows.finish().get(0);

    assertEquals(5000, t.rowCount());
    assertEquals(4998L, TabletCells.cell(t, 0, 4998));
    assertNull(TabletCells.cell(t, 0, 4999));
    assertEquals(4999L, TabletCells.cell(t, 1, 4999));
  }

  @Test
  void rejectsMalformedRecords() {
    RecordTablets rows = new RecordTablets(1);
    TabletDecoderTest.assertIllegal(
        () -> rows.add("root.sg.d", false, 1, List.of("a"), ByteBuffer.wrap(new byte[] {2, 0})),
        "end early");
    TabletDecoderTest.assertIllegal(
        () -> rows.add("root.sg.d", false, 1, List.of("a"), ByteBuffer.wrap(new byte[] {6})),
        "data type code 6");
    TabletDecoderTest.assertIllegal(
        () ->
            rows.add(
                "root.sg.d",
                false,
                1,
                List.of("a", "a"),
                TabletWire.record(List.of(TSDataType.INT32, TSDataType.TEXT), List.of(1, "x"))),
        "two types");
  }

  private static ByteBuffer record(TSDataType type, Object value) {
    return TabletWire.record(List.of(type), List.of(value));
  }

  private static List<String> names(Tablet t) {
    return java.util.stream.IntStream.range(0, t.columnCount())
        .mapToObj(c -> t.column(c).measurement())
        .toList();
  }
}
