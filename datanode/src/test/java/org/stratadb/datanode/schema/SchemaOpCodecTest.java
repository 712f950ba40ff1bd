package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.junit.jupiter.api.Test;

class SchemaOpCodecTest {
  private static SchemaOp roundTrip(SchemaOp op) throws CorruptSchemaException {
    ByteSink sink = new ByteSink(1);
    op.encode(sink);
    ByteSource source = new ByteSource(sink.toArray(), 0, sink.size());
    SchemaOp decoded = SchemaOp.decode(source);
    assertEquals(0, source.remaining());
    return decoded;
  }

  @Test
  void opsRoundTrip() throws CorruptSchemaException {
    SchemaOp create =
        new SchemaOp.Create(
            SchemaFixtures.path("root.sg.`a.b`.温度"),
            true,
            List.of(
                new MeasurementSpec(
                    "s1",
                    TSDataType.DOUBLE,
                    TSEncoding.GORILLA,
                    CompressionType.ZSTD,
                    "alias",
                    Map.of("k", "v", "k2", ""),
                    Map.of("a", "b"),
                    Map.of("loss", "sdt")),
                MeasurementSpec.of("s2", TSDataType.BLOB, TSEncoding.PLAIN, CompressionType.LZ4)));
    assertEquals(create, roundTrip(create));
    SchemaOp delete =
        new SchemaOp.Delete(
            List.of(SchemaFixtures.path("root.sg.d.s"), SchemaFixtures.path("root.sg.x")));
    assertEquals(delete, roundTrip(delete));
  }

  @Test
  void truncatedOrBadBytesAreCorruption() {
    ByteSink sink = new ByteSink(1);
    new SchemaOp.Create(
            SchemaFixtures.path("root.sg.d"),
            false,
            List.of(MeasurementSpec.of("s", TSDataType.INT32, TSEncoding.RLE, CompressionType.LZ4)))
        .encode(sink);
    byte[] bytes = sink.toArray();
    for (int length = 0; length < bytes.length; length++) {
      int n = length;
      assertThrows(
          CorruptSchemaException.class, () -> SchemaOp.decode(new ByteSource(bytes, 0, n)));
    }
    byte[] unknownKind = bytes.clone();
    unknownKind[0] = 9;
    assertThrows(
        CorruptSchemaException.class,
        () -> SchemaOp.decode(new ByteSource(unknownKind, 0, unknownKind.length)));
    byte[] hugeVarint = {SchemaOp.DELETE, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f};
    assertThrows(
        CorruptSchemaException.class,
        () -> SchemaOp.decode(new ByteSource(hugeVarint, 0, hugeVarint.length)));
  }
}
