package org.stratadb.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stratadb.session.internal.TsBlock;
import org.stratadb.session.internal.TsBlockColumn;
import org.stratadb.session.internal.TsBlockDecoder;
import org.stratadb.session.testing.TsBlockWriter;

class TsBlockDecoderTest {

  private static ByteBuffer hex(String s) {
    String h = s.replace(" ", "");
    byte[] out = new byte[h.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return ByteBuffer.wrap(out);
  }

  @Test
  void handWrittenBlockWithMsbFirstNullBits() {
    // 1 INT32 column, 3 rows, encodings INT64_ARRAY (time) and INT32_ARRAY; row 1 null.
    TsBlock b =
        TsBlockDecoder.decode(
            hex(
                "00000001 01 00000003 02 01"
                    + " 00 0000000000000001 0000000000000002 0000000000000003"
                    + " 01 40 0000000a 0000000c"));
    assertEquals(3, b.positionCount());
    assertEquals(2, b.time(1));
    TsBlockColumn c = b.column(0);
    assertFalse(c.isNull(0));
    assertTrue(c.isNull(1));
    assertEquals(10, c.getInt(0));
    assertEquals(12, c.getInt(2));
  }

  @Test
  void everyTypeWithNulls() {
    ByteBuffer block =
        TsBlockWriter.rows(1, 2, 3, 4, 5, 6, 7, 8, 9)
            .column(TsBlockWriter.BOOLEAN, true, null, false, true, true, null, true, false, true)
            .column(TsBlockWriter.INT32, 1, 2, null, 4, 5, 6, 7, 8, null)
            .column(TsBlockWriter.INT64, null, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L)
            .column(TsBlockWriter.FLOAT, 1.5f, null, null, null, null, null, null, null, 9.5f)
            .column(TsBlockWriter.DOUBLE, 1.25, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)
            .column(TsBlockWriter.TEXT, "a", "", null, "dé", "e", "f", "g", "h", null)
            .build();
    TsBlock b = TsBlockDecoder.decode(block);
    assertEquals(9, b.positionCount());
    assertEquals(9, b.time(8));
    TsBlockColumn bools = b.column(0);
    assertTrue(bools.getBoolean(0));
    assertTrue(bools.isNull(1));
    assertFalse(bools.getBoolean(2));
    assertTrue(bools.isNull(5));
    assertTrue(bools.getBoolean(8));
    assertTrue(b.column(1).isNull(2));
    assertEquals(8, b.column(1).getInt(7));
    assertTrue(b.column(1).isNull(8));
    assertTrue(b.column(2).isNull(0));
    assertEquals(9L, b.column(2).getLong(8));
    assertEquals(1.5f, b.column(3).getFloat(0));
    assertEquals(9.5f, b.column(3).getFloat(8));
    assertTrue(b.column(3).isNull(4));
    assertEquals(1.25, b.column(4).getDouble(0));
    assertFalse(b.column(4).isNull(3));
    assertArrayEquals(new byte[0], b.column(5).getBinary(1));
    assertEquals("dé", new String(b.column(5).getBinary(3), StandardCharsets.UTF_8));
    assertTrue(b.column(5).isNull(8));
    assertEquals(TSDataType.TEXT, b.column(5).type());
  }

  @Test
  void runLengthColumnsRepeatOneValue() {
    ByteBuffer block =
        TsBlockWriter.rows(10, 20, 30)
            .rleColumn(TsBlockWriter.INT64, 5L)
            .rleColumn(TsBlockWriter.TEXT, "x")
            .rleColumn(TsBlockWriter.DOUBLE, null)
            .rleColumn(TsBlockWriter.BOOLEAN, true)
            .build();
    TsBlock b = TsBlockDecoder.decode(block);
    for (int r = 0; r < 3; r++) {
      assertEquals(5L, b.column(0).getLong(r));
      assertEquals("x", new String(b.column(1).getBinary(r), StandardCharsets.UTF_8));
      assertTrue(b.column(2).isNull(r));
      assertTrue(b.column(3).getBoolean(r));
    }
  }

  @Test
  void rejectsNullsInTheTimeColumnAndUnknownEncodings() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TsBlockDecoder.decode(hex("00000000 00000001 02 01 80 ")));
    assertThrows(
        IllegalArgumentException.class, () -> TsBlockDecoder.decode(hex("00000000 00000001 07")));
    assertThrows(
        IllegalArgumentException.class,
        () -> TsBlockDecoder.decode(hex("00000001 05 00000001 02 01 00 0000000000000001 00")));
  }
}
