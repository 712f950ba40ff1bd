package org.stratadb.benchmark.storage;

import java.io.PrintStream;

/**
 * Drives one writer through the workload: round after round, one tablet per device, generated just
 * before it is written. Stops early, at a round boundary, once the time bound has passed.
 */
final class IngestLoop {

  /** One writer under test. */
  interface Sink {
    void write(int device, TabletData data) throws Exception;

    /** Makes everything durable: StrataDB's final flush, the TsFile writer's close. */
    void finish() throws Exception;
  }

  private final Workload workload;
  private final long timeBoundNanos;
  private final PrintStream progress;

  IngestLoop(Workload workload, long timeBoundNanos, PrintStream progress) {
    this.workload = workload;
    this.timeBoundNanos = timeBoundNanos;
    this.progress = progress;
  }

  IngestResult run(String name, Sink sink) throws Exception {
    RandomWalk walk = new RandomWalk(workload);
    TabletData data = new TabletData(workload);
    long generate = 0;
    long maxWrite = 0;
    long slow = 0;
    int rounds = 0;
    int reportEvery = Math.max(1, workload.rounds() / 10);
    ResourceMeter startUse = ResourceMeter.now();
    long start = System.nanoTime();
    while (rounds < workload.rounds() && System.nanoTime() - start < timeBoundNanos) {
      for (int d = 0; d < workload.devices(); d++) {
        long before = System.nanoTime();
        walk.next(d, rounds, data);
        long generated = System.nanoTime();
        sink.write(d, data);
        long written = System.nanoTime() - generated;
        generate += generated - before;
        maxWrite = Math.max(maxWrite, written);
        slow += written > IngestResult.SLOW_NANOS ? 1 : 0;
      }
      rounds++;
      if (rounds % reportEvery == 0) {
        progress.printf(
            "  %-8s %,14d points  %6.1f s%n",
            name,
            rounds * workload.pointsPerTablet() * workload.devices(),
            Rates.seconds(System.nanoTime() - start));
      }
    }
    long writeEnd = System.nanoTime();
    ResourceMeter writeUse = startUse.since();
    sink.finish();
    long finishEnd = System.nanoTime();
    long points = rounds * workload.pointsPerTablet() * workload.devices();
    return new IngestResult(
        rounds,
        points,
        writeEnd - start,
        finishEnd - writeEnd,
        generate,
        new IngestResult.Stalls(maxWrite, slow),
        writeUse,
        startUse.since());
  }
}
