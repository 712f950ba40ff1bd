package org.stratadb.datanode.schema;

import java.util.Map;
import org.stratadb.storage.api.ColumnSpec;

/**
 * A timeseries: the leaf of the tree. Immutable; a change (alias, tags) replaces the node. Empty
 * maps are stored as null to keep leaves small.
 */
final class MeasurementNode extends Node {
  /** Name, type, encoding and compressor, shaped as the storage engine wants them. */
  final ColumnSpec column;

  final String alias;
  final Map<String, String> tags;
  final Map<String, String> attributes;
  final Map<String, String> props;

  MeasurementNode(
      ColumnSpec column,
      String alias,
      Map<String, String> tags,
      Map<String, String> attributes,
      Map<String, String> props) {
    super(column.measurement());
    this.column = column;
    this.alias = alias;
    this.tags = nullIfEmpty(tags);
    this.attributes = nullIfEmpty(attributes);
    this.props = nullIfEmpty(props);
  }

  static MeasurementNode of(MeasurementSpec spec) {
    return new MeasurementNode(
        new ColumnSpec(spec.name(), spec.type(), spec.encoding(), spec.compressor()),
        spec.alias(),
        spec.tags(),
        spec.attributes(),
        spec.props());
  }

  MeasurementSpec spec() {
    return new MeasurementSpec(
        name,
        column.type(),
        column.encoding(),
        column.compressor(),
        alias,
        orEmpty(tags),
        orEmpty(attributes),
        orEmpty(props));
  }

  static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  private static Map<String, String> nullIfEmpty(Map<String, String> map) {
    return map == null || map.isEmpty() ? null : Map.copyOf(map);
  }
}
