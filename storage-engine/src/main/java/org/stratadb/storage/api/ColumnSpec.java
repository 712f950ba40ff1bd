package org.stratadb.storage.api;

import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;

/**
 * One measurement of a write: its name and the schema the engine needs to store it. The schema
 * travels with every write so the engine never calls back into the schema engine (it calls no other
 * module).
 */
public record ColumnSpec(
    String measurement, TSDataType type, TSEncoding encoding, CompressionType compressor) {

  public ColumnSpec {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(compressor, "compressor");
  }

  /** A column with the default encoding of its type and LZ4, as IoTDB creates series by default. */
  public static ColumnSpec of(String measurement, TSDataType type) {
    return new ColumnSpec(measurement, type, DefaultEncodings.of(type), CompressionType.LZ4);
  }
}
