package org.stratadb.datanode.schema;

import java.util.Map;
import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;

/**
 * One measurement to create: its name (the last node of the series path), data type, and the
 * optional encoding, compressor, alias, tags, attributes and props ({@code 'key'='value'} pairs of
 * {@code CREATE TIMESERIES}, e.g. the SDT deadband settings). A null encoding or compressor takes
 * the region's default for the type.
 */
public record MeasurementSpec(
    String name,
    TSDataType type,
    TSEncoding encoding,
    CompressionType compressor,
    String alias,
    Map<String, String> tags,
    Map<String, String> attributes,
    Map<String, String> props) {

  public MeasurementSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    props = props == null ? Map.of() : Map.copyOf(props);
  }

  /** A measurement with the default encoding and compressor and nothing else. */
  public static MeasurementSpec of(String name, TSDataType type) {
    return new MeasurementSpec(name, type, null, null, null, null, null, null);
  }

  public static MeasurementSpec of(
      String name, TSDataType type, TSEncoding encoding, CompressionType compressor) {
    return new MeasurementSpec(name, type, encoding, compressor, null, null, null, null);
  }

  public MeasurementSpec withAlias(String newAlias) {
    return new MeasurementSpec(name, type, encoding, compressor, newAlias, tags, attributes, props);
  }

  public MeasurementSpec withTags(Map<String, String> newTags) {
    return new MeasurementSpec(name, type, encoding, compressor, alias, newTags, attributes, props);
  }

  public MeasurementSpec withAttributes(Map<String, String> newAttributes) {
    return new MeasurementSpec(name, type, encoding, compressor, alias, tags, newAttributes, props);
  }

  public MeasurementSpec withProps(Map<String, String> newProps) {
    return new MeasurementSpec(name, type, encoding, compressor, alias, tags, attributes, newProps);
  }

  /** This spec with a null encoding or compressor replaced by the settings' defaults. */
  MeasurementSpec withDefaults(SchemaSettings settings) {
    if (encoding != null && compressor != null) {
      return this;
    }
    return new MeasurementSpec(
        name,
        type,
        encoding == null ? settings.defaultEncoding(type) : encoding,
        compressor == null ? settings.defaultCompressor() : compressor,
        alias,
        tags,
        attributes,
        props);
  }
}
