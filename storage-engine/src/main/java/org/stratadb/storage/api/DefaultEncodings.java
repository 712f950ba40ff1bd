package org.stratadb.storage.api;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;

/** The encodings IoTDB 1.3 picks when a series is created without one. */
public final class DefaultEncodings {

  private DefaultEncodings() {}

  public static TSEncoding of(TSDataType type) {
    switch (type) {
      case BOOLEAN:
      case TEXT:
      case STRING:
      case BLOB:
        return TSEncoding.PLAIN;
      case FLOAT:
      case DOUBLE:
        return TSEncoding.GORILLA;
      default:
        return TSEncoding.TS_2DIFF;
    }
  }
}
