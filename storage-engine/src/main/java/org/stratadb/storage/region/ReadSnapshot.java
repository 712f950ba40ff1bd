package org.stratadb.storage.region;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.stratadb.storage.read.SeriesSource;
import org.stratadb.storage.read.TsFileReaderCache;

/**
 * The sources one read works on, one list per measurement, and the files it holds. Closing it lets
 * go of the files, exactly once.
 */
final class ReadSnapshot implements AutoCloseable {
  private final List<List<SeriesSource>> sources;
  private final List<TsFileHandle> files;
  private final AtomicBoolean closed = new AtomicBoolean();

  private final TsFileReaderCache readers;

  ReadSnapshot(int measurements, List<TsFileHandle> files, TsFileReaderCache readers) {
    this.readers = readers;
    this.sources = new ArrayList<>(measurements);
    for (int i = 0; i < measurements; i++) {
      sources.add(new ArrayList<>());
    }
    this.files = files;
  }

  void add(int measurement, SeriesSource source) {
    sources.get(measurement).add(source);
  }

  List<List<SeriesSource>> sources() {
    return sources;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      for (TsFileHandle file : files) {
        file.release();
        // A file removed while this read used it may have been opened again by it; its reader
        // must not stay in the cache, holding a deleted file open.
        if (file.removed()) {
          readers.remove(file.path());
        }
      }
    }
  }
}
