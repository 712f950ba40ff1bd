package org.stratadb.benchmark.storage;

/**
 * What one ingest run measured.
 *
 * @param rounds rounds written (fewer than asked when the time bound cut the run short)
 * @param points points written
 * @param writeNanos from the first write call to the return of the last one
 * @param finishNanos after the last write: the final flush (StrataDB) or close (TsFile writer)
 * @param generateNanos spent generating data inside the write window, included in writeNanos
 * @param stalls the slowest write calls
 * @param writeUse CPU and GC over the writes
 * @param totalUse CPU and GC over the writes and the finish
 */
record IngestResult(
    int rounds,
    long points,
    long writeNanos,
    long finishNanos,
    long generateNanos,
    Stalls stalls,
    ResourceMeter writeUse,
    ResourceMeter totalUse) {

  /**
   * The slowest single write call, and how many took longer than {@link #SLOW_NANOS}: waits for
   * memtable memory show up here.
   */
  record Stalls(long maxNanos, long slowCount) {}

  static final long SLOW_NANOS = 100_000_000L;

  double writeRate() {
    return Rates.perSecond(points, writeNanos);
  }

  double totalRate() {
    return Rates.perSecond(points, writeNanos + finishNanos);
  }

  /** The write rate had data generation been free: what the writer alone sustains. */
  double writeRateWithoutGeneration() {
    return Rates.perSecond(points, writeNanos - generateNanos);
  }
}
