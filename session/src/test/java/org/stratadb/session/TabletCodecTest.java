package org.stratadb.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stratadb.session.internal.TabletCodec;
import org.stratadb.session.testing.TabletWire;

class TabletCodecTest {

  private static ByteBuffer times(Tablet t) {
    ByteBuffer b = ByteBuffer.allocate(TabletCodec.timesSize(t));
    TabletCodec.writeTimes(t, b);
    assertEquals(b.limit(), b.position(), "times blob size");
    b.flip();
    return b;
  }

  private static ByteBuffer values(Tablet t) {
    ByteBuffer b = ByteBuffer.allocate(TabletCodec.valuesSize(t));
    TabletCodec.writeValues(t, b);
    assertEquals(b.limit(), b.position(), "values blob size");
    b.flip();
    return b;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }

  private static byte[] hex(String s) {
    String h = s.replace(" ", "");
    byte[] out = new byte[h.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  @Test
  void smallTabletWithNullsIsByteExact() {
    Tablet t =
        new Tablet("root.sg.d", List.of("s1", "s2"), List.of(TSDataType.INT32, TSDataType.TEXT));
    int r = t.addRow(1);
    t.setInt(0, r, 1);
    t.setText(1, r, "a");
    r = t.addRow(2);
    t.setNull(0, r);
    t.setNull(1, r);
    r = t.addRow(3);
    t.setInt(0, r, 3);
    t.setText(1, r, "bc");

    assertArrayEquals(hex("0000000000000001 0000000000000002 0000000000000003"), bytes(times(t)));
    assertArrayEquals(
        hex(
            "00000001 80000000 00000003" // s1, Integer.MIN_VALUE in the null slot
                + " 0000000161 00000000 000000026263" // s2, empty in the null slot
                + " 01 02 01 02"), // per column: has-null flag, then n/8+1 LSB-first bytes
        bytes(values(t)));
  }

  @Test
  void noBitmapSectionWithoutNulls() {
    Tablet t = new Tablet("root.sg.d", List.of("b"), List.of(TSDataType.BOOLEAN));
    t.setBoolean(0, t.addRow(5), true);
    t.setBoolean(0, t.addRow(6), false);
    assertArrayEquals(hex("01 00"), bytes(values(t)));
  }

  @Test
  void nullMarkedThenOverwrittenIsNotNull() {
    Tablet t = new Tablet("root.sg.d", List.of("v"), List.of(TSDataType.INT64));
    int r = t.addRow(1);
    t.setNull(0, r);
    t.setLong(0, r, 9);
    assertFalse(t.isNull(0, r));
    assertArrayEquals(hex("0000000000000009"), bytes(values(t)));
  }

  @Test
  void sentinelsOfEveryFixedTypeInNullSlots() {
    List<TSDataType> types =
        List.of(
            TSDataType.BOOLEAN,
            TSDataType.INT32,
            TSDataType.INT64,
            TSDataType.FLOAT,
            TSDataType.DOUBLE);
    Tablet t = new Tablet("root.sg.d", List.of("a", "b", "c", "d", "e"), types);
    int r = t.addRow(1);
    t.setBoolean(0, r, true);
    t.setInt(1, r, 7);
    t.setLong(2, r, 7);
    t.setFloat(3, r, 7);
    t.setDouble(4, r, 7);
    for (int c = 0; c < 5; c++) {
      t.setNull(c, r);
    }
    ByteBuffer v = values(t);
    assertEquals(0, v.get());
    assertEquals(Integer.MIN_VALUE, v.getInt());
    assertEquals(Long.MIN_VALUE, v.getLong());
    assertEquals(Float.MIN_VALUE, v.getFloat());
    assertEquals(Double.MIN_VALUE, v.getDouble());
    for (int c = 0; c < 5; c++) {
      assertEquals(1, v.get(), "flag of column " + c);
      assertEquals(1, v.get(), "bits of column " + c);
    }
    assertFalse(v.hasRemaining());
  }

  @Test
  void randomTabletsRoundTripThroughAServerStyleDecoder() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int iteration = 0; iteration < 50; iteration++) {
      List<TSDataType> types =
          List.of(
              TSDataType.BOOLEAN,
              TSDataType.INT32,
              TSDataType.INT64,
              TSDataType.FLOAT,
              TSDataType.DOUBLE,
              TSDataType.TEXT);
      List<String> names = List.of("b", "i", "l", "f", "d", "t");
      int rows = 1 + random.nextInt(40);
      Tablet t = new Tablet("root.sg.d", names, types, 64);
      Object[][] expected = new Object[types.size()][rows];
      for (int r = 0; r < rows; r++) {
        t.addRow(1000L + r);
        for (int c = 0; c < types.size(); c++) {
          if (random.nextInt(4) == 0) {
            t.setNull(c, r);
            continue;
          }
          Object v = randomValue(types.get(c), random);
          t.setValue(c, r, v);
          expected[c][r] = v;
        }
      }
      TabletWire.Decoded d = TabletWire.decode(times(t), values(t), List.of(0, 1, 2, 3, 4, 5));
      assertEquals(rows, d.times().length, "seed " + seed);
      for (int c = 0; c < types.size(); c++) {
        assertArrayEquals(expected[c], d.values()[c], "seed " + seed + " column " + c);
      }
    }
  }

  private static Object randomValue(TSDataType type, Random random) {
    switch (type) {
      case BOOLEAN:
        return random.nextBoolean();
      case INT32:
        return random.nextInt();
      case INT64:
        return random.nextLong();
      case FLOAT:
        return random.nextFloat();
      case DOUBLE:
        return random.nextDouble();
      default:
        return "v" + random.nextInt(1000) + "é";
    }
  }

  @Test
  void bitmapBytesCoverOnlySentRows() {
    Tablet t = new Tablet("root.sg.d", List.of("v"), List.of(TSDataType.INT32), 32);
    for (int r = 0; r < 9; r++) {
      t.setInt(0, t.addRow(r), r);
    }
    t.setNull(0, 8);
    t.setNull(0, 20); // beyond the sent rows: ignored
    ByteBuffer v = values(t);
    v.position(9 * 4);
    assertEquals(1, v.get());
    assertEquals(0, v.get());
    assertEquals(1, v.get());
    assertFalse(v.hasRemaining());
  }

  @Test
  void unsortedTabletIsSortedWithValuesAndNulls() {
    Tablet t =
        new Tablet("root.sg.d", List.of("v", "s"), List.of(TSDataType.INT64, TSDataType.TEXT));
    long[] times = {5, 3, 9, 1, 3};
    for (int r = 0; r < times.length; r++) {
      t.addRow(times[r]);
      t.setLong(0, r, times[r] * 10 + r);
      t.setText(1, r, "r" + r);
    }
    t.setNull(0, 2);
    assertFalse(t.isSorted());
    t.sortByTime();
    assertTrue(t.isSorted());
    assertArrayEquals(new long[] {1, 3, 3, 5, 9}, java.util.Arrays.copyOf(t.timestamps(), 5));
    assertEquals(13, t.longColumn(0)[0]);
    assertEquals(31, t.longColumn(0)[1]); // stable: row 1 before row 4
    assertEquals(34, t.longColumn(0)[2]);
    assertEquals("r1", new String(t.binaryColumn(1)[1], java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(t.isNull(0, 4)); // time 9 was row 2
    assertFalse(t.isNull(0, 0));
  }

  @Test
  void resetForgetsRowsAndNulls() {
    Tablet t = new Tablet("root.sg.d", List.of("v"), List.of(TSDataType.DOUBLE), 4);
    t.setNull(0, t.addRow(1));
    t.reset();
    assertEquals(0, t.getRowSize());
    t.setDouble(0, t.addRow(2), 1.5);
    assertFalse(t.hasNull(0, 1));
    TabletWire.Decoded d = TabletWire.decode(times(t), values(t), List.of(4));
    assertFalse(d.hadBitmapSection());
    assertEquals(1.5, d.values()[0][0]);
  }
}
