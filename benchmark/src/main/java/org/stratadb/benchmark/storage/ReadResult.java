package org.stratadb.benchmark.storage;

/**
 * One read query's timings.
 *
 * @param points points the query covered (scanned, or answered for)
 * @param coldNanos the first run
 * @param warmNanos the mean of the repeated runs
 * @param runs how many repeated runs the mean is over
 */
record ReadResult(String name, long points, long coldNanos, long warmNanos, int runs) {

  double coldRate() {
    return Rates.perSecond(points, coldNanos);
  }

  double warmRate() {
    return Rates.perSecond(points, warmNanos);
  }
}
