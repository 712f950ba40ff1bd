package org.stratadb.storage.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tsfile.read.TsFileSequenceReader;
import org.stratadb.storage.read.TsFileReaderCache;

/** A reader cache whose readers count their opens and closes, for leak checks. */
public final class TrackedReaders {
  public final AtomicInteger opened = new AtomicInteger();
  public final AtomicInteger closed = new AtomicInteger();
  public final TsFileReaderCache cache;

  public TrackedReaders(int capacity) {
    this.cache = new TsFileReaderCache(capacity, this::open);
  }

  public TrackedReaders() {
    this(16);
  }

  private TsFileSequenceReader open(Path file) throws IOException {
    opened.incrementAndGet();
    return new TsFileSequenceReader(file.toString()) {
      @Override
      public void close() throws IOException {
        closed.incrementAndGet();
        super.close();
      }
    };
  }

  /**
   * Every lease was returned; closing the cache closes every reader it opened; no TsFile, resource,
   * mods file or compaction log is left open.
   */
  public void assertNoLeaks() {
    assertEquals(0, cache.leasesInUse(), "leases still held");
    cache.close();
    assertEquals(0, cache.openReaders(), "readers still open");
    assertEquals(opened.get(), closed.get(), "readers opened vs closed");
    assertEquals(List.of(), OpenFiles.dataFiles(), "TsFiles, resources, mods or logs left open");
  }
}
