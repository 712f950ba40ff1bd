package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.storage.api.Tablet;

class TabletDecoderTest {
  private static final List<TSDataType> SIX =
      List.of(
          TSDataType.BOOLEAN,
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.TEXT);
  private static final List<String> NAMES = List.of("b", "i", "l", "f", "d", "t");

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 8, 9, 64, 1000})
  void decodesWhatTheRealClientEncodes(int rows) {
    Random random = new Random(rows);
    IotdbTablet client = new IotdbTablet("root.sg.d1", NAMES, SIX, rows);
    List<Object[]> expected = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      Object[] row = new Object[SIX.size()];
      for (int c = 0; c < SIX.size(); c++) {
        row[c] = random.nextInt(4) == 0 ? null : Blocks.randomValue(SIX.get(c), random);
      }
      client.addRow(10L * r, row);
      expected.add(row);
    }

    Tablet tablet = decode(client, false);

    assertEquals("root.sg.d1", tablet.device());
    assertEquals(rows, tablet.rowCount());
    for (int c = 0; c < SIX.size(); c++) {
      assertEquals(NAMES.get(c), tablet.column(c).measurement());
      assertEquals(SIX.get(c), tablet.column(c).type());
    }
    for (int r = 0; r < rows; r++) {
      assertEquals(10L * r, tablet.time(r));
      for (int c = 0; c < SIX.size(); c++) {
        assertEquals(expected.get(r)[c], TabletCells.cell(tablet, c, r), "row " + r + " col " + c);
      }
    }
  }

  @Test
  void aTabletWithoutNullsHasNoBitmaps() {
    IotdbTablet client =
        new IotdbTablet("root.sg.d2", List.of("s"), List.of(TSDataType.INT64), 3)
            .addRow(3, 30L)
            .addRow(1, 10L)
            .addRow(2, 20L);

    Tablet tablet = decode(client, true);

    assertTrue(tablet.aligned());
    assertFalse(tablet.mayHaveNulls(0));
    assertEquals(List.of("3:30", "1:10", "2:20"), TabletCells.rows(tablet));
  }

  @Test
  void decodesTheTypesNewerClientsSend() {
    List<TSDataType> types =
        List.of(TSDataType.DATE, TSDataType.TIMESTAMP, TSDataType.STRING, TSDataType.BLOB);
    List<Object[]> columns =
        List.of(
            new Object[] {20240131, null},
            new Object[] {null, 1_700_000_000_000L},
            new Object[] {"x", null},
            new Object[] {null, "blob"});

    Tablet tablet =
        TabletDecoder.decode(
            "root.sg.d3",
            false,
            List.of("dt", "ts", "s", "bl"),
            List.of(9, 8, 11, 10),
            TabletWire.times(1, 2),
            TabletWire.values(types, columns, 2, true),
            2);

    assertEquals(
        types,
        Arrays.stream(new int[] {0, 1, 2, 3}).mapToObj(c -> tablet.column(c).type()).toList());
    assertEquals(
        List.of("1:20240131,null,x,null", "2:null,1700000000000,null,blob"),
        TabletCells.rows(tablet));
  }

  @Test
  void anEmptyTabletDecodes() {
    Tablet tablet =
        TabletDecoder.decode(
            "root.sg.d",
            false,
            List.of("s"),
            List.of(1),
            ByteBuffer.allocate(0),
            ByteBuffer.allocate(0),
            0);

    assertEquals(0, tablet.rowCount());
  }

  @Test
  void rejectsMalformedTablets() {
    ByteBuffer twoInts =
        TabletWire.values(
            List.of(TSDataType.INT32), List.<Object[]>of(new Object[] {1, 2}), 2, false);
    assertIllegal(() -> decode(List.of(1), TabletWire.times(1), twoInts, 2), "timestamps");
    assertIllegal(() -> decode(List.of(2), TabletWire.times(1, 2), twoInts, 2), "end early");
    assertIllegal(() -> decode(List.of(7), TabletWire.times(1, 2), twoInts, 2), "data type code 7");
    assertIllegal(
        () ->
            TabletDecoder.decode(
                "root.sg.d", false, List.of("a", "b"), List.of(1), TabletWire.times(1), twoInts, 1),
        "2 measurements but 1 types");
    assertIllegal(() -> decode(List.of(1), TabletWire.times(), twoInts, -1), "negative size");

    ByteBuffer badFlag = ByteBuffer.allocate(9).putInt(1).putInt(2).put((byte) 2).flip();
    assertIllegal(() -> decode(List.of(1), TabletWire.times(1, 2), badFlag, 2), "flag 2");

    ByteBuffer negativeText = ByteBuffer.allocate(4).putInt(-5).flip();
    assertIllegal(() -> decode(List.of(5), TabletWire.times(1), negativeText, 1), "-5 bytes");
  }

  private static Tablet decode(List<Integer> types, ByteBuffer times, ByteBuffer values, int rows) {
    List<String> names = types.stream().map(t -> "s" + t).toList();
    return TabletDecoder.decode("root.sg.d", false, names, types, times, values, rows);
  }

  private static Tablet decode(IotdbTablet client, boolean aligned) {
    return TabletDecoder.decode(
        "root.sg." + (aligned ? "d2" : "d1"),
        aligned,
        client.measurements(),
        client.typeCodes(),
        client.timeBuffer(),
        client.valueBuffer(),
        client.rows());
  }

  static void assertIllegal(org.junit.jupiter.api.function.Executable call, String fragment) {
    StrataException e = assertThrows(StrataException.class, call);
    assertEquals(StatusCode.ILLEGAL_PARAMETER, e.statusCode());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
