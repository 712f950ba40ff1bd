package org.stratadb.storage.tsfile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@code .resource} file that cannot be trusted: truncated, of an unknown version, or failing its
 * checksum. Recovery rebuilds the resource from the TsFile when this is thrown.
 */
public final class CorruptResourceException extends IOException {
  private static final long serialVersionUID = 1L;

  public CorruptResourceException(Path file, String reason) {
    super("corrupt TsFile resource " + file + ": " + reason);
  }
}
