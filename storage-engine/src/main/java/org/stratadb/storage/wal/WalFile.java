package org.stratadb.storage.wal;

import java.io.Closeable;
import java.io.IOException;

/**
 * The two things a segment writer does to its file. An interface so that tests can inject write and
 * fsync failures and count forces (see {@link WalFiles}).
 */
interface WalFile extends Closeable {

  /** Writes all {@code length} bytes at the end of the file; returns once the OS has them. */
  void write(byte[] bytes, int offset, int length) throws IOException;

  /** Forces what was written to the storage device. */
  void sync() throws IOException;
}
