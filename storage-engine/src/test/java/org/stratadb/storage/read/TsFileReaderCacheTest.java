package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.testing.TestData;
import org.stratadb.storage.testing.TrackedReaders;

class TsFileReaderCacheTest {
  @TempDir Path dir;
  private final List<Path> files = new ArrayList<>();

  @BeforeEach
  void writeFiles() throws IOException {
    for (int i = 0; i < 4; i++) {
      Path file = dir.resolve(i + ".tsfile");
      try (TsFileBuilder builder = new TsFileBuilder(file)) {
        builder.chunk(
            "root.sg.d1",
            "s1",
            TSDataType.INT32,
            TestData.series(TSDataType.INT32, new Random(i), 0, 1, 10),
            5);
      }
      files.add(file);
    }
  }

  @Test
  void sharesOneReaderPerFileAndEvictsIdleOnesBeyondCapacity() throws IOException {
    TrackedReaders readers = new TrackedReaders(2);
    TsFileReaderCache cache = readers.cache;
    try (TsFileReaderCache.Lease a = cache.acquire(files.get(0));
        TsFileReaderCache.Lease b = cache.acquire(files.get(0))) {
      assertSame(a.reader(), b.reader());
    }
    cache.acquire(files.get(1)).close();
    cache.acquire(files.get(2)).close();
    assertEquals(2, cache.openReaders(), "file 0, least recently used, was evicted");
    assertEquals(1, readers.closed.get());
    cache.acquire(files.get(1)).close();
    assertEquals(3, readers.opened.get(), "file 1 was still open");
    readers.assertNoLeaks();
  }

  @Test
  void readersInUseOutliveEvictionRemovalAndClose() throws IOException {
    TrackedReaders readers = new TrackedReaders(1);
    TsFileReaderCache cache = readers.cache;
    TsFileReaderCache.Lease first = cache.acquire(files.get(0));
    TsFileReaderCache.Lease second = cache.acquire(files.get(1));
    assertEquals(2, cache.openReaders(), "busy readers are not evicted");
    cache.remove(files.get(0));
    assertEquals(2, cache.openReaders(), "a removed file's reader stays while used");
    first.close();
    first.close();
    assertEquals(1, cache.openReaders());
    cache.close();
    assertEquals(1, cache.openReaders(), "closing the cache waits for the lease");
    second.reader().getAllDevices();
    second.close();
    assertEquals(0, cache.openReaders());
    assertThrows(IllegalStateException.class, () -> cache.acquire(files.get(2)));
    readers.assertNoLeaks();
  }

  @Test
  void aFailedOpenLeavesNothingBehind() {
    TsFileReaderCache cache =
        new TsFileReaderCache(
            2,
            file -> {
              throw new IOException("disk on fire");
            });
    assertThrows(IOException.class, () -> cache.acquire(files.get(0)));
    assertEquals(0, cache.leasesInUse());
    assertEquals(0, cache.openReaders());
    cache.close();
  }

  @Test
  void concurrentReadsOpenEachFileOnce() throws Exception {
    TrackedReaders readers = new TrackedReaders(8);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<Integer> task =
            () -> {
              int devices = 0;
              for (int i = 0; i < 200; i++) {
                try (TsFileReaderCache.Lease lease = readers.cache.acquire(files.get(i % 4))) {
                  devices += lease.reader().getAllDevices().size();
                }
              }
              return devices;
            };
        results.add(pool.submit(task));
      }
      for (Future<Integer> result : results) {
        assertEquals(200, result.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    assertEquals(4, readers.opened.get());
    readers.assertNoLeaks();
  }

  @Test
  void concurrentReadsOfChunksThroughOneSharedReader() throws Exception {
    Path file = dir.resolve("big.tsfile");
    NavigableMap<Long, Object> points =
        TestData.series(TSDataType.DOUBLE, new Random(8), 0, 1, 20_000);
    try (TsFileBuilder builder = new TsFileBuilder(file)) {
      builder.chunk("root.sg.d1", "s1", TSDataType.DOUBLE, points.headMap(10_000L, false), 500);
      builder.chunk("root.sg.d1", "s1", TSDataType.DOUBLE, points.tailMap(10_000L, true), 500);
    }
    TrackedReaders readers = new TrackedReaders(1);
    SeriesKey key = new SeriesKey("root.sg.d1", "s1", TSDataType.DOUBLE);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<NavigableMap<Long, Object>>> results = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        results.add(
            pool.submit(
                () -> {
                  NavigableMap<Long, Object> read = new TreeMap<>();
                  List<SeriesSource> sources =
                      List.of(new TsFileSeriesSource(readers.cache, file, 0, key, Visibility.ALL));
                  try (SeriesMerger merger = SeriesMerger.open(sources, TimeRange.ALL)) {
                    for (Piece piece = merger.next(); piece != null; piece = merger.next()) {
                      for (Piece page : piece.split()) {
                        read.putAll(TestData.map(page.load()));
                      }
                    }
                  }
                  return read;
                }));
      }
      for (Future<NavigableMap<Long, Object>> result : results) {
        assertEquals(points, result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    assertEquals(1, readers.opened.get(), "one reader served every thread");
    readers.assertNoLeaks();
  }
}
