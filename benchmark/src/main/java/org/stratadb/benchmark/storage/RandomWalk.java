package org.stratadb.benchmark.storage;

import java.util.SplittableRandom;

/**
 * Seeded random-walk values, one walk per series. Each device has its own generator, so the data of
 * a device depends only on the seed and how many of its tablets were generated before: two writers
 * that go through the same rounds see identical points.
 *
 * <p>DOUBLE series step by a uniform amount in [-0.5, 0.5) from a start in [0, 100); INT64 series
 * step by an integer in [-10, 10] from a start in [0, 10,000).
 */
final class RandomWalk {
  private final Workload workload;
  private final SplittableRandom[] random;
  private final double[][] doubles;
  private final long[][] longs;

  RandomWalk(Workload workload) {
    this.workload = workload;
    int devices = workload.devices();
    random = new SplittableRandom[devices];
    doubles = new double[devices][workload.doubleSensors()];
    longs = new long[devices][workload.sensors() - workload.doubleSensors()];
    SplittableRandom seeds = new SplittableRandom(workload.seed());
    for (int d = 0; d < devices; d++) {
      random[d] = seeds.split();
      for (int s = 0; s < doubles[d].length; s++) {
        doubles[d][s] = random[d].nextDouble() * 100;
      }
      for (int s = 0; s < longs[d].length; s++) {
        longs[d][s] = random[d].nextLong(10_000);
      }
    }
  }

  /** Fills {@code data} with the next tablet of {@code device}, the one of {@code round}. */
  void next(int device, int round, TabletData data) {
    int rows = workload.rows();
    long[] times = data.times();
    long first = workload.firstTime(round);
    for (int r = 0; r < rows; r++) {
      times[r] = first + r * Workload.STEP_MILLIS;
    }
    SplittableRandom rnd = random[device];
    int split = workload.doubleSensors();
    // Column by column: each walk stays in a register and the writes are sequential.
    for (int s = 0; s < split; s++) {
      double[] column = data.doubles(s);
      double value = doubles[device][s];
      for (int r = 0; r < rows; r++) {
        value += rnd.nextDouble() - 0.5;
        column[r] = value;
      }
      doubles[device][s] = value;
    }
    for (int s = split; s < workload.sensors(); s++) {
      long[] column = data.longs(s);
      long value = longs[device][s - split];
      for (int r = 0; r < rows; r++) {
        value += rnd.nextInt(21) - 10;
        column[r] = value;
      }
      longs[device][s - split] = value;
    }
  }
}
