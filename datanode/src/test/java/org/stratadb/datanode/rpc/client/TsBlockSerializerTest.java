package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.column.NullColumn;
import org.apache.tsfile.read.common.block.column.RunLengthEncodedColumn;
import org.apache.tsfile.read.common.block.column.TimeColumn;
import org.apache.tsfile.read.common.block.column.TsBlockSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TsBlockSerializerTest {
  private static final List<TSDataType> PHYSICAL =
      List.of(
          TSDataType.BOOLEAN,
          TSDataType.INT32,
          TSDataType.INT64,
          TSDataType.FLOAT,
          TSDataType.DOUBLE,
          TSDataType.TEXT);

  private static final List<TSDataType> DECLARED_ONLY =
      List.of(TSDataType.DATE, TSDataType.TIMESTAMP, TSDataType.STRING, TSDataType.BLOB);

  @Test
  void writesTheDocumentedBytes() {
    TsBlock block =
        Blocks.of(
            List.of(TSDataType.INT32, TSDataType.BOOLEAN),
            new Object[] {1L, 10, true},
            new Object[] {2L, null, false},
            new Object[] {3L, 30, true});

    byte[] bytes = TsBlockSerializer.serialize(block, null);

    String expected =
        "00000002" // two value columns
            + "0100" // INT32, BOOLEAN
            + "00000003" // three rows
            + "020100" // time INT64_ARRAY, INT32_ARRAY, BYTE_ARRAY
            + "00" // time: no nulls
            + "0000000000000001"
            + "0000000000000002"
            + "0000000000000003"
            + "01" // INT32 column may have nulls
            + "40" // row 1 null, most significant bit first
            + "0000000a"
            + "0000001e" // non-null rows only
            + "00" // BOOLEAN column has no nulls
            + "a0"; // true, false, true
    assertEquals(expected, HexFormat.of().formatHex(bytes));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 8, 9, 16, 17, 1000})
  void theRealClientDecodesEveryTypeAndNull(int rows) {
    Random random = new Random(rows * 31L);
    TsBlock block = Blocks.random(PHYSICAL, 1000, rows, random);

    IotdbTsBlocks decoded = IotdbTsBlocks.decode(TsBlockSerializer.serialize(block, null));

    assertEquals(rows, decoded.rows());
    assertEquals(PHYSICAL.size(), decoded.valueColumns());
    for (int c = 0; c < PHYSICAL.size(); c++) {
      assertEquals(PHYSICAL.get(c).name(), decoded.typeName(c));
    }
    for (int r = 0; r < rows; r++) {
      assertEquals(1000 + r, decoded.time(r));
      for (int c = 0; c < PHYSICAL.size(); c++) {
        assertEquals(Blocks.cell(block, c, r), decoded.cell(c, r), "column " + c + " row " + r);
      }
    }
  }

  @Test
  void declaredOnlyTypesTravelAsTheirPhysicalType() {
    Random random = new Random(7);
    TsBlock block = Blocks.random(DECLARED_ONLY, 0, 50, random);

    byte[] bytes = TsBlockSerializer.serialize(block, null);
    IotdbTsBlocks decoded = IotdbTsBlocks.decode(bytes);

    assertEquals(List.of("INT32", "INT64", "TEXT", "TEXT"), typeNames(decoded));
    for (int r = 0; r < 50; r++) {
      for (int c = 0; c < DECLARED_ONLY.size(); c++) {
        assertEquals(Blocks.cell(block, c, r), decoded.cell(c, r));
      }
    }
  }

  @Test
  void tsfileDecoderAgrees() {
    TsBlock block = Blocks.random(PHYSICAL, -5, 333, new Random(3));

    TsBlock decoded =
        new TsBlockSerde().deserialize(ByteBuffer.wrap(TsBlockSerializer.serialize(block, null)));

    assertEquals(333, decoded.getPositionCount());
    for (int r = 0; r < 333; r++) {
      assertEquals(block.getTimeByIndex(r), decoded.getTimeByIndex(r));
      for (int c = 0; c < PHYSICAL.size(); c++) {
        assertEquals(Blocks.cell(block, c, r), Blocks.cell(decoded, c, r));
      }
    }
  }

  @Test
  void runLengthAndAllNullColumnsAreExpanded() {
    int rows = 11;
    long[] times = new long[rows];
    for (int i = 0; i < rows; i++) {
      times[i] = 100 + i;
    }
    Column repeated =
        new RunLengthEncodedColumn(
            Blocks.of(List.of(TSDataType.DOUBLE), new Object[] {0L, 2.5}).getColumn(0), rows);
    Column nulls = NullColumn.create(TSDataType.INT64, rows);
    Column typeless = new NullColumn(rows);
    TsBlock block = new TsBlock(new TimeColumn(rows, times), repeated, nulls, typeless);

    byte[] bytes =
        TsBlockSerializer.serialize(
            block, new TSDataType[] {TSDataType.DOUBLE, TSDataType.INT64, TSDataType.STRING});
    IotdbTsBlocks decoded = IotdbTsBlocks.decode(bytes);

    assertEquals(List.of("DOUBLE", "INT64", "TEXT"), typeNames(decoded));
    for (int r = 0; r < rows; r++) {
      assertEquals(100 + r, decoded.time(r));
      assertEquals(2.5, decoded.cell(0, r));
      assertNull(decoded.cell(1, r));
      assertNull(decoded.cell(2, r));
    }
  }

  @Test
  void aBlockWithoutValueColumnsCarriesItsTimes() {
    TsBlock block = new TsBlock(new TimeColumn(2, new long[] {5, 6}));

    IotdbTsBlocks decoded = IotdbTsBlocks.decode(TsBlockSerializer.serialize(block, null));

    assertEquals(2, decoded.rows());
    assertEquals(0, decoded.valueColumns());
    assertEquals(6, decoded.time(1));
  }

  @Test
  void aBigBlockRoundTrips() {
    int rows = 200_000;
    TsBlock block = Blocks.random(PHYSICAL, 0, rows, new Random(11));

    byte[] bytes = TsBlockSerializer.serialize(block, null);
    TsBlock decoded = new TsBlockSerde().deserialize(ByteBuffer.wrap(bytes));

    assertEquals(rows, decoded.getPositionCount());
    for (int r = 0; r < rows; r += 997) {
      for (int c = 0; c < PHYSICAL.size(); c++) {
        assertEquals(Blocks.cell(block, c, r), Blocks.cell(decoded, c, r));
      }
    }
    assertArrayEquals(bytes, TsBlockSerializer.serialize(decoded, null), "stable re-encoding");
  }

  private static List<String> typeNames(IotdbTsBlocks decoded) {
    return java.util.stream.IntStream.range(0, decoded.valueColumns())
        .mapToObj(decoded::typeName)
        .toList();
  }
}
