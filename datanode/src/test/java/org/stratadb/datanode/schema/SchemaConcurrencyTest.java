package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.datanode.schema.SchemaFixtures.path;
import static org.stratadb.datanode.schema.SchemaFixtures.pattern;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers auto-creating over each other while readers query: no error, nothing lost. */
class SchemaConcurrencyTest {
  @TempDir Path dir;

  @Test
  void concurrentWritersAndReaders() throws Exception {
    int writers = 6;
    int devices = 40;
    int measurements = 12;
    SchemaSettings settings =
        SchemaSettings.builder().syncLog(false).snapshotEveryRecords(97).build();
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    try (SchemaEngine engine = SchemaEngine.open(dir, settings)) {
      SchemaRegion region = engine.createRegion(1, path("root.sg"));
      CountDownLatch start = new CountDownLatch(1);
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        futures.add(
            pool.submit(
                () -> {
                  WriteColumns out = new WriteColumns();
                  await(start);
                  for (int round = 0; round < 30; round++) {
                    for (int d = 0; d < devices; d++) {
                      // every writer writes every device: they race to create the same series
                      String[] names = new String[measurements / 2];
                      TSDataType[] types = new TSDataType[names.length];
                      for (int i = 0; i < names.length; i++) {
                        int m = (i * 2 + writer + round) % measurements;
                        names[i] = "s" + m;
                        types[i] = m % 2 == 0 ? TSDataType.INT64 : TSDataType.DOUBLE;
                      }
                      String device = "root.sg.g" + (d % 4) + ".d" + d;
                      region.resolveWrite(device, d % 2 == 0, names, types, true, out);
                      if (out.failedCount() != 0) {
                        errors.add(out.summary(names));
                      }
                      for (int i = 0; i < names.length; i++) {
                        if (out.column(i) == null || out.column(i).type() != types[i]) {
                          errors.add(new AssertionError(device + " " + names[i] + " unresolved"));
                        }
                      }
                      if (out.aligned() != (d % 2 == 0)) {
                        errors.add(new AssertionError(device + " alignment"));
                      }
                    }
                  }
                  return null;
                }));
      }
      for (int r = 0; r < 2; r++) {
        pool.submit(
            () -> {
              await(start);
              while (writing.get()) {
                long count = region.countTimeseries(pattern("root.**"), null);
                List<TimeseriesRow> rows =
                    region.showTimeseries(pattern("root.sg.*.d1*.*"), null, 0, 0);
                region.showDevices(pattern("root.**"), 10, 5);
                region.fetchSeries(pattern("root.**.s1"));
                if (count < 0 || rows.size() > devices * measurements) {
                  errors.add(new AssertionError("impossible count " + count));
                }
              }
              return null;
            });
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
      assertTrue(errors.isEmpty(), () -> errors.size() + " errors, first: " + errors.peek());
      assertEquals((long) devices * measurements, region.seriesCount());
      assertEquals(devices, region.deviceCount());
      List<String> before = SchemaPersistenceTest.dump(region);
      engine.close();
      try (SchemaEngine reopened = SchemaEngine.open(dir, settings)) {
        assertEquals(before, SchemaPersistenceTest.dump(reopened.region(1).orElseThrow()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("start signal never came");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
