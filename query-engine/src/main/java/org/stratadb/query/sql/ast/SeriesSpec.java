package org.stratadb.query.sql.ast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;

/**
 * What a CREATE TIMESERIES statement says about one series.
 *
 * @param encoding empty when not given; the executor applies the default for the data type
 * @param compressor empty when not given; the executor applies the configured default
 * @param alias the alias given as {@code root.sg.d.s(alias)}, if any
 * @param props further {@code key=value} pairs (keys lower-cased), such as {@code max_point_number}
 * @param tags the TAGS pairs, in order
 * @param attributes the ATTRIBUTES pairs, in order
 */
public record SeriesSpec(
    TSDataType dataType,
    Optional<TSEncoding> encoding,
    Optional<CompressionType> compressor,
    Optional<String> alias,
    Map<String, String> props,
    Map<String, String> tags,
    Map<String, String> attributes) {
  public SeriesSpec {
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(compressor, "compressor");
    Objects.requireNonNull(alias, "alias");
    props = copy(props);
    tags = copy(tags);
    attributes = copy(attributes);
  }

  /** A series of {@code dataType} with every other setting left to the defaults. */
  public static SeriesSpec of(TSDataType dataType) {
    return new SeriesSpec(
        dataType,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Map.of(),
        Map.of());
  }

  private static Map<String, String> copy(Map<String, String> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
