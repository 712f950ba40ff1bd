package org.stratadb.storage.wal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Real segment files with injectable write and fsync failures and a slow fsync. */
final class FaultyFiles implements WalFiles {
  volatile boolean failWrites;
  volatile boolean failSyncs;
  volatile long syncDelayMillis;
  final AtomicInteger syncs = new AtomicInteger();

  @Override
  public WalFile create(Path path) throws IOException {
    WalFile real = WalFiles.DEFAULT.create(path);
    return new WalFile() {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        if (failWrites) {
          // Half a write reaches the file, as when a disk fills up mid-record.
          real.write(bytes, offset, length / 2);
          throw new IOException("injected write failure");
        }
        real.write(bytes, offset, length);
      }

      @Override
      public void sync() throws IOException {
        if (failSyncs) {
          throw new IOException("injected fsync failure");
        }
        sleep(syncDelayMillis);
        syncs.incrementAndGet();
        real.sync();
      }

      @Override
      public void close() throws IOException {
        real.close();
      }
    };
  }

  private static void sleep(long millis) throws IOException {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
