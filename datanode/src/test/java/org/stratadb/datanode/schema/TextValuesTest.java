package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

class TextValuesTest {
  private final TextValues defaults = new TextValues(SchemaSettings.defaults());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "true, BOOLEAN",
    "FALSE, BOOLEAN",
    "tRuE, BOOLEAN",
    "1, DOUBLE",
    "-17, DOUBLE",
    "+3, DOUBLE",
    "99999999999999999999999, DOUBLE",
    "1.5, DOUBLE",
    "-.5, DOUBLE",
    "5., DOUBLE",
    "1e10, DOUBLE",
    "2.5E-3, DOUBLE",
    "NaN, DOUBLE",
    "nan, TEXT",
    "Infinity, TEXT",
    "1f, TEXT",
    "2d, TEXT",
    "0x10, TEXT",
    "1e, TEXT",
    "., TEXT",
    "-, TEXT",
    "hello, TEXT",
    "1a, TEXT",
    "'''1''', TEXT",
  })
  void infersLikeIotdbDefaults(String text, TSDataType expected) {
    assertEquals(expected, defaults.infer(text));
  }

  @Test
  void nullTextHasNoType() {
    assertNull(defaults.infer("null"));
    assertNull(defaults.infer("NULL"));
    assertNull(defaults.infer(null));
    assertEquals(TSDataType.TEXT, defaults.infer("Null"));
  }

  @Test
  void configuredTypesAndWidening() {
    TextValues ints =
        new TextValues(
            SchemaSettings.builder()
                .booleanStringInferType(TSDataType.TEXT)
                .integerStringInferType(TSDataType.INT32)
                .floatingStringInferType(TSDataType.FLOAT)
                .nanStringInferType(TSDataType.FLOAT)
                .build());
    assertEquals(TSDataType.TEXT, ints.infer("true"));
    assertEquals(TSDataType.INT32, ints.infer("2147483647"));
    assertEquals(TSDataType.INT32, ints.infer("-2147483648"));
    assertEquals(TSDataType.INT64, ints.infer("2147483648"));
    assertEquals(TSDataType.DOUBLE, ints.infer("9223372036854775808"));
    assertEquals(TSDataType.FLOAT, ints.infer("1.5"));
    assertEquals(TSDataType.FLOAT, ints.infer("NaN"));
    TextValues floats =
        new TextValues(SchemaSettings.builder().integerStringInferType(TSDataType.FLOAT).build());
    assertEquals(TSDataType.FLOAT, floats.infer("16777216"));
    assertEquals(TSDataType.DOUBLE, floats.infer("16777217"));
    TextValues longs =
        new TextValues(SchemaSettings.builder().integerStringInferType(TSDataType.INT64).build());
    assertEquals(TSDataType.INT64, longs.infer("9223372036854775807"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SchemaSettings.builder().integerStringInferType(TSDataType.BOOLEAN));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SchemaSettings.builder()
                .defaultEncoding(
                    TSDataType.TEXT, org.apache.tsfile.file.metadata.enums.TSEncoding.GORILLA));
  }

  @Test
  void parsesEachType() {
    assertEquals(Boolean.TRUE, TextValues.parse(TSDataType.BOOLEAN, "TRUE"));
    assertEquals(Boolean.TRUE, TextValues.parse(TSDataType.BOOLEAN, "1"));
    assertEquals(Boolean.FALSE, TextValues.parse(TSDataType.BOOLEAN, "0"));
    assertEquals(12, TextValues.parse(TSDataType.INT32, " 12 "));
    assertEquals(12L, TextValues.parse(TSDataType.INT64, "12"));
    assertEquals(12L, TextValues.parse(TSDataType.TIMESTAMP, "12"));
    assertEquals(1.5f, TextValues.parse(TSDataType.FLOAT, "1.5"));
    assertEquals(3.0, TextValues.parse(TSDataType.DOUBLE, "3"));
    assertEquals(Double.NaN, TextValues.parse(TSDataType.DOUBLE, "NaN"));
    assertEquals(20240229, TextValues.parse(TSDataType.DATE, "2024-02-29"));
    assertEquals(20240229, TextValues.parse(TSDataType.DATE, "'2024-02-29'"));
    assertEquals(text("abc"), TextValues.parse(TSDataType.TEXT, "abc"));
    assertEquals(text("abc"), TextValues.parse(TSDataType.TEXT, "'abc'"));
    assertEquals(text("abc"), TextValues.parse(TSDataType.STRING, "\"abc\""));
    assertEquals(text("'"), TextValues.parse(TSDataType.TEXT, "'"));
    assertEquals(text("'a\""), TextValues.parse(TSDataType.TEXT, "'a\""));
    assertArrayEquals(
        new byte[] {0x0a, (byte) 0xff},
        ((Binary) TextValues.parse(TSDataType.BLOB, "X'0aff'")).getValues());
    assertArrayEquals(
        new byte[] {0x12}, ((Binary) TextValues.parse(TSDataType.BLOB, "0x12")).getValues());
    assertArrayEquals(
        "raw".getBytes(StandardCharsets.UTF_8),
        ((Binary) TextValues.parse(TSDataType.BLOB, "raw")).getValues());
    assertNull(TextValues.parse(TSDataType.INT32, "null"));
  }

  @ParameterizedTest(name = "{1} as {0}")
  @CsvSource({
    "INT32, 12.11",
    "INT32, 2147483648",
    "INT64, abc",
    "BOOLEAN, yes",
    "BOOLEAN, 2",
    "FLOAT, 1e39",
    "FLOAT, 1f",
    "DOUBLE, Infinity",
    "DOUBLE, 0x1p3",
    "DATE, 2024-02-30",
    "BLOB, X'abc'",
  })
  void unparsableValuesAre507(TSDataType type, String text) {
    StrataException e = assertThrows(StrataException.class, () -> TextValues.parse(type, text));
    assertEquals(StatusCode.METADATA_ERROR, e.statusCode());
    assertEquals(
        "data type is not consistent, input " + text + ", registered " + type, e.getMessage());
  }

  private static Binary text(String s) {
    return new Binary(s, StandardCharsets.UTF_8);
  }
}
