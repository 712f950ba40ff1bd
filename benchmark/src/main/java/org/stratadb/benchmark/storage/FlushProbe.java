package org.stratadb.benchmark.storage;

import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.RegionStats;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageOptions;

/**
 * Times the flush of one nearly full memtable on its own: tablets are written into a fresh region
 * until its memtable is just under the flush threshold, then {@code flush()} is timed. Measured
 * apart from the ingest run, where flushes overlap writes on the same two cores and their time
 * cannot be separated from the writers'.
 */
final class FlushProbe {

  /** One timed flush: {@code points} into {@code fileBytes} of TsFile in {@code nanos}. */
  record Result(long points, long memtableBytes, long fileBytes, long nanos) {
    double pointsPerSecond() {
      return Rates.perSecond(points, nanos);
    }

    double mibPerSecond() {
      return Rates.perSecond(Rates.mib(fileBytes), nanos);
    }
  }

  private FlushProbe() {}

  static Result run(StorageOptions options, Workload workload) throws Exception {
    try (StorageEngine engine = StorageEngine.open(options)) {
      DataRegion region = engine.openRegion(Workload.DATABASE, 1);
      region.flush(); // opening queues a flush of the (empty) replayed generation: let it finish
      long flushesAtStart = region.stats().flushes();
      long points = fill(region, options.memtableFlushBytes(), workload);
      RegionStats before = region.stats();
      if (before.flushes() != flushesAtStart) {
        throw new IllegalStateException("the region flushed while being filled: " + before);
      }
      long start = System.nanoTime();
      region.flush();
      long nanos = System.nanoTime() - start;
      long fileBytes = region.stats().diskBytes() - before.diskBytes();
      return new Result(points, before.memtableBytes(), fileBytes, nanos);
    }
  }

  /** Writes until one more tablet, with room to spare, could trip the flush threshold. */
  private static long fill(DataRegion region, long flushBytes, Workload workload) throws Exception {
    RandomWalk walk = new RandomWalk(workload);
    TabletData data = new TabletData(workload);
    long points = 0;
    long lastBytes = 0;
    long largestStep = 0;
    for (int round = 0; round < workload.rounds(); round++) {
      for (int d = 0; d < workload.devices(); d++) {
        long bytes = region.stats().memtableBytes();
        largestStep = Math.max(largestStep, bytes - lastBytes);
        lastBytes = bytes;
        // memory is counted in whole blocks, so one write can grow it by more than its points
        if (bytes + 3 * largestStep >= flushBytes) {
          return points;
        }
        walk.next(d, round, data);
        region.write(data.strataTablet(d));
        points += workload.pointsPerTablet();
      }
    }
    return points;
  }
}
