package org.stratadb.datanode.coordinator;

import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;

/**
 * One timeseries to create. For aligned creation {@code path} is the measurement name only;
 * otherwise it is the full path.
 */
public record TimeseriesSpec(
    String path,
    TSDataType dataType,
    TSEncoding encoding,
    CompressionType compressor,
    String alias,
    Map<String, String> tags,
    Map<String, String> attributes) {
  public TimeseriesSpec {
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}
