package org.stratadb.benchmark.storage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.RegionStats;
import org.stratadb.storage.api.StorageEngine;

/**
 * Issue 3's end-to-end storage benchmark, in one process: ingests a random-walk data set into one
 * StrataDB data region, reads it back, times a lone memtable flush, then writes the identical data
 * with Apache TsFile's own writer, and prints how the two compare. See {@code benchmark/README.md}
 * for the options and the figures.
 *
 * <p>Run with {@code key=value} arguments ({@link BenchOptions#KEYS}), e.g. {@code points=20000000
 * wal=DISABLE keep=true}. Progress goes to stderr, the report to stdout.
 */
public final class StorageIngestBenchmark {
  private static final long SETTLE_LIMIT_NANOS = 300_000_000_000L;

  private StorageIngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    run(args, System.out, System.err);
  }

  /** The whole benchmark: the report goes to {@code out}, progress lines to {@code progress}. */
  static void run(String[] args, PrintStream out, PrintStream progress) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    Report report = new Report(out);
    report.header(options);
    out.flush();
    try {
      run(options, report, progress);
    } finally {
      if (!options.keep()) {
        DiskUsage.deleteRecursively(options.dir());
      }
    }
  }

  /**
   * Waits, bounded, until background compaction has nothing left to do (fewer than four sequence
   * files and no unsequence file in the one partition written), so the on-disk figure is the steady
   * state rather than a snapshot of flushed files with a compaction half done.
   */
  private static void settleCompaction(DataRegion region, PrintStream progress)
      throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + SETTLE_LIMIT_NANOS;
    RegionStats stats = region.stats();
    while ((stats.sequenceFiles() >= 4 || stats.unsequenceFiles() > 0)
        && System.nanoTime() < deadline) {
      Thread.sleep(500);
      stats = region.stats();
    }
    progress.printf(
        "  compaction %s after %.1f s: %d compactions, %d files%n",
        System.nanoTime() < deadline ? "settled" : "still running",
        (System.nanoTime() - started) / 1e9,
        stats.compactions(),
        stats.sequenceFiles() + stats.unsequenceFiles());
  }

  private static void run(BenchOptions options, Report report, PrintStream progress)
      throws Exception {
    ResourceMeter runStart = ResourceMeter.now();
    Path home = options.dir();
    warmUp(options, home.resolve("warmup"), progress);
    Workload workload = options.workload();
    long bound = options.maxSeconds() * 1_000_000_000L;

    Path strataHome = home.resolve("strata");
    IngestResult strata;
    List<ReadResult> reads;
    RegionStats stats;
    try (StorageEngine engine = StorageEngine.open(options.storageOptions(strataHome))) {
      DataRegion region = engine.openRegion(Workload.DATABASE, 1);
      strata = new IngestLoop(workload, bound, progress).run("strata", new RegionSink(region));
      progress.println("  reading back");
      reads = new ReadProbe(region, workload.withRounds(strata.rounds())).runAll();
      settleCompaction(region, progress);
      stats = region.stats();
    }
    // after close, so that a compaction still running has finished and removed its sources
    DiskUsage.TsFiles strataFiles = DiskUsage.tsFiles(strataHome);

    // the baseline writes exactly the rounds StrataDB managed within the time bound
    Workload written = workload.withRounds(strata.rounds());
    TsFileBaseline baseline = new TsFileBaseline(home.resolve("tsfile"), written);
    IngestResult tsFile = new IngestLoop(written, Long.MAX_VALUE, progress).run("tsfile", baseline);
    long tsFileBytes = baseline.fileBytes();

    progress.println("  flush probe");
    FlushProbe.Result flush =
        FlushProbe.run(options.storageOptions(home.resolve("flush")), workload);

    report.ingestHeader();
    report.ingest("StrataDB", strata);
    report.ingest("TsFileWriter", tsFile);
    report.ingestRatio(strata, tsFile);
    report.flush(flush);
    report.disk(strata.points(), strataFiles, stats, tsFileBytes);
    report.reads(reads);
    report.targets(strata, strataFiles.bytes(), tsFileBytes, options.walMode().name());
    report.machine(runStart.since());
  }

  /**
   * Runs both writers briefly on throwaway data first, so neither measured run pays for compiling
   * the code the other already compiled (they share TsFile's encoders).
   */
  private static void warmUp(BenchOptions options, Path dir, PrintStream progress)
      throws Exception {
    Workload full = options.workload();
    long perTablet = full.pointsPerTablet();
    int devices = (int) Math.min(full.devices(), options.warmupPoints() / perTablet);
    if (devices == 0) {
      return;
    }
    Workload small = new Workload(devices, full.sensors(), full.rows(), 1, full.seed() + 1);
    IngestLoop loop = new IngestLoop(small, Long.MAX_VALUE, progress);
    try (StorageEngine engine = StorageEngine.open(options.storageOptions(dir.resolve("strata")))) {
      loop.run("warm-up", new RegionSink(engine.openRegion(Workload.DATABASE, 1)));
    }
    loop.run("warm-up", new TsFileBaseline(dir.resolve("tsfile"), small));
    DiskUsage.deleteRecursively(dir);
  }
}
