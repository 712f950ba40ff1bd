package org.stratadb.datanode.schema;

import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.storage.api.ColumnSpec;

/**
 * Everything the schema knows about one series, as queries and deletions report it.
 *
 * @param path the full path, ending in the measurement's name (never its alias)
 * @param database the database the series belongs to
 * @param column name, type, encoding and compressor
 * @param alias null if none
 * @param aligned whether the device is aligned
 */
public record SeriesSchema(
    PartialPath path,
    PartialPath database,
    ColumnSpec column,
    String alias,
    boolean aligned,
    Map<String, String> tags,
    Map<String, String> attributes,
    Map<String, String> props) {

  public PartialPath device() {
    return path.parent();
  }

  public String measurement() {
    return column.measurement();
  }

  public TSDataType type() {
    return column.type();
  }

  public TSEncoding encoding() {
    return column.encoding();
  }

  public CompressionType compressor() {
    return column.compressor();
  }

  static SeriesSchema of(
      PartialPath device, PartialPath database, MeasurementNode node, boolean aligned) {
    return new SeriesSchema(
        device.child(node.name),
        database,
        node.column,
        node.alias,
        aligned,
        MeasurementNode.orEmpty(node.tags),
        MeasurementNode.orEmpty(node.attributes),
        MeasurementNode.orEmpty(node.props));
  }
}
