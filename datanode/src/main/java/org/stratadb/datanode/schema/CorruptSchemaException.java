package org.stratadb.datanode.schema;

import java.io.IOException;

/** Bytes of a schema log or snapshot that do not decode. */
final class CorruptSchemaException extends IOException {
  private static final long serialVersionUID = 1L;

  CorruptSchemaException(String message) {
    super(message);
  }
}
