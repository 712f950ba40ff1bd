package org.stratadb.storage.wal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stratadb.storage.io.FileSync;

/** Creates segment files: the file-I/O seam of {@link WalLog}. */
@FunctionalInterface
interface WalFiles {

  /** Creates a new, empty segment file at {@code path}; fails if it exists. */
  WalFile create(Path path) throws IOException;

  /**
   * The real files. {@link RandomAccessFile} rather than {@link FileChannel}: an interrupt of a
   * thread inside a {@code FileChannel} operation closes the channel for every thread, so one
   * cancelled writer would fail the whole log; {@code RandomAccessFile} I/O ignores interrupts.
   */
  WalFiles DEFAULT =
      path -> {
        Files.createFile(path);
        FileSync.syncDirectory(path.getParent());
        RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw");
        return new WalFile() {
          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            file.write(bytes, offset, length);
          }

          @Override
          public void sync() throws IOException {
            file.getFD().sync();
          }

          @Override
          public void close() throws IOException {
            file.close();
          }
        };
      };
}
