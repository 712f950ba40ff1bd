package org.stratadb.storage.tsfile;

import org.apache.tsfile.encoding.encoder.TSEncodingBuilder;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.apache.tsfile.write.schema.MeasurementSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.DefaultEncodings;

/** TsFile measurement schemas of our column specs. */
final class Schemas {
  private static final Logger LOG = LoggerFactory.getLogger(Schemas.class);

  private Schemas() {}

  /**
   * The schema of a column. An encoding TsFile cannot apply to the type falls back to the type's
   * default: refusing it would leave a memtable that can never be flushed.
   */
  static MeasurementSchema of(ColumnSpec spec) {
    TSEncoding encoding = spec.encoding();
    try {
      TSEncodingBuilder.getEncodingBuilder(encoding).getEncoder(spec.type());
    } catch (RuntimeException e) {
      encoding = DefaultEncodings.of(spec.type());
      LOG.warn(
          "encoding {} does not apply to {} series {}, writing it with {}",
          spec.encoding(),
          spec.type(),
          spec.measurement(),
          encoding);
    }
    return new MeasurementSchema(spec.measurement(), spec.type(), encoding, spec.compressor());
  }
}
