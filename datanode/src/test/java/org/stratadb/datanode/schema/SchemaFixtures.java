package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.junit.jupiter.api.function.Executable;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;

/** Shorthands shared by the schema tests. */
final class SchemaFixtures {
  private SchemaFixtures() {}

  static PartialPath path(String text) {
    return PartialPath.parse(text);
  }

  static PathPattern pattern(String text) {
    return PathPattern.parse(text);
  }

  static List<PathPattern> patterns(String... texts) {
    return java.util.Arrays.stream(texts).map(PathPattern::parse).toList();
  }

  /** Creates {@code fullPath} as a non-aligned series with defaults. */
  static void create(SchemaRegion region, String fullPath, TSDataType type) {
    PartialPath p = path(fullPath);
    region.createTimeseries(p.parent(), MeasurementSpec.of(p.lastNode(), type));
  }

  static MeasurementSpec spec(String name, TSDataType type, TSEncoding encoding) {
    return MeasurementSpec.of(name, type, encoding, CompressionType.SNAPPY);
  }

  static MeasurementSpec full(
      String name, String alias, Map<String, String> tags, Map<String, String> attributes) {
    return new MeasurementSpec(
        name,
        TSDataType.FLOAT,
        TSEncoding.RLE,
        CompressionType.SNAPPY,
        alias,
        tags,
        attributes,
        null);
  }

  static StrataException expect(StatusCode code, String message, Executable action) {
    StrataException e = assertThrows(StrataException.class, action);
    assertEquals(code, e.statusCode(), e.getMessage());
    if (message != null) {
      assertEquals(message, e.getMessage());
    }
    return e;
  }

  static List<String> timeseries(SchemaRegion region, String pattern) {
    return region.showTimeseries(pattern(pattern), null, 0, 0).stream()
        .map(TimeseriesRow::timeseries)
        .toList();
  }

  static List<String> devices(SchemaRegion region, String pattern) {
    return region.showDevices(pattern(pattern), 0, 0).stream()
        .map(d -> d.device().toString())
        .toList();
  }
}
