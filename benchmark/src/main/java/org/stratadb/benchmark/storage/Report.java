package org.stratadb.benchmark.storage;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.RegionStats;

/** Prints the harness's results as plain-text tables, one section per phase. */
final class Report {
  /** Issue 3's ingest target with the WAL on. */
  static final double TARGET_POINTS_PER_SECOND = 3_000_000;

  private final PrintStream out;

  Report(PrintStream out) {
    this.out = out;
  }

  void header(BenchOptions options) {
    Workload w = options.workload();
    ColumnSpec first = w.columns()[0];
    ColumnSpec last = w.columns()[w.sensors() - 1];
    out.println("== StrataDB storage ingest benchmark ==");
    out.printf(
        "workload : %d devices x %d sensors (%d %s/%s, %d %s/%s, %s), %d-row tablets, %d rounds,"
            + " %,d points, random walk seed %d%n",
        w.devices(),
        w.sensors(),
        w.doubleSensors(),
        first.type(),
        first.encoding(),
        w.sensors() - w.doubleSensors(),
        last.type(),
        last.encoding(),
        first.compressor(),
        w.rows(),
        w.rounds(),
        w.points(),
        w.seed());
    out.printf(
        "engine   : WAL %s, memtable flush at %d MiB, memory budget %d MiB, compaction threads %d,"
            + " warm-up %,d points per writer%n",
        options.walMode(),
        options.flushMib(),
        options.budgetMib(),
        options.storageOptions(options.dir()).compactionThreads(),
        options.warmupPoints());
    out.printf("disk     : %s (%s)%n", options.dir(), fileStore(options.dir()));
    out.printf(
        "machine  : %d cores, JDK %s (%s), max heap %d MiB, %s %s%n%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  void ingestHeader() {
    out.printf(
        "%-36s %15s %9s %13s %6s %6s %12s%n",
        "Ingest", "points", "seconds", "points/s", "cores", "others", "GC n / ms");
  }

  void ingest(String name, IngestResult r) {
    row(name + " writes", r.points(), r.writeNanos(), r.writeUse());
    row(
        name + " writes + " + finishName(name),
        r.points(),
        r.writeNanos() + r.finishNanos(),
        r.totalUse());
    out.printf(
        "  %-34s %15s %9s %,13.0f   (generating data took %.1f s of the writes)%n",
        "writes without data generation",
        "",
        "",
        r.writeRateWithoutGeneration(),
        Rates.seconds(r.generateNanos()));
    out.printf(
        "  %-34s slowest write %.0f ms, %d writes over %d ms%n",
        "write latency",
        r.stalls().maxNanos() / 1e6,
        r.stalls().slowCount(),
        IngestResult.SLOW_NANOS / 1_000_000);
  }

  void ingestRatio(IngestResult strata, IngestResult tsFile) {
    out.printf(
        "StrataDB / TsFileWriter: %.2fx writes only, %.2fx until durable (flush / close)%n%n",
        strata.writeRate() / tsFile.writeRate(), strata.totalRate() / tsFile.totalRate());
  }

  void flush(FlushProbe.Result f) {
    out.printf(
        "%-36s %15s %12s %9s %9s %13s %8s%n",
        "Flush (one memtable, timed alone)",
        "points",
        "memtable MiB",
        "file MiB",
        "seconds",
        "points/s",
        "MiB/s");
    out.printf(
        "  %-34s %,15d %12.1f %9.1f %9.2f %,13.0f %8.1f%n%n",
        "region.flush()",
        f.points(),
        Rates.mib(f.memtableBytes()),
        Rates.mib(f.fileBytes()),
        Rates.seconds(f.nanos()),
        f.pointsPerSecond(),
        f.mibPerSecond());
  }

  void disk(long points, DiskUsage.TsFiles strata, RegionStats stats, long tsFileBytes) {
    long strataBytes = strata.bytes();
    out.printf("%-36s %15s %12s%n", "On disk", "bytes", "bytes/point");
    out.printf(
        "  %-34s %,15d %12.3f%n",
        "StrataDB .tsfile (" + strata.count() + " files)",
        strataBytes,
        (double) strataBytes / points);
    out.printf(
        "  %-34s (%d flushes, %d compactions by the end of the ingest)%n",
        "", stats.flushes(), stats.compactions());
    out.printf(
        "  %-34s %,15d %12.3f%n",
        "TsFileWriter (1 file)", tsFileBytes, (double) tsFileBytes / points);
    out.printf("StrataDB / TsFileWriter size: %.3fx%n%n", (double) strataBytes / tsFileBytes);
  }

  void reads(List<ReadResult> reads) {
    out.printf(
        "%-36s %15s %9s %9s %6s %15s%n",
        "Reads (after the final flush)", "points", "cold ms", "warm ms", "runs", "warm points/s");
    for (ReadResult r : reads) {
      out.printf(
          "  %-34s %,15d %9.1f %9.2f %6d %,15.0f%n",
          r.name(), r.points(), r.coldNanos() / 1e6, r.warmNanos() / 1e6, r.runs(), r.warmRate());
    }
    out.println();
  }

  void targets(IngestResult strata, long strataBytes, long tsFileBytes, String walMode) {
    double rate = strata.writeRate();
    double sizeRatio = (double) strataBytes / tsFileBytes;
    out.println("Issue 3 targets");
    out.printf(
        "  ingest >= 3,000,000 points/s (WAL %s, writes): %,.0f -> %s%n",
        walMode,
        rate,
        rate >= TARGET_POINTS_PER_SECOND
            ? "met"
            : String.format("missed by %.0f%%", 100 * (1 - rate / TARGET_POINTS_PER_SECOND)));
    out.printf(
        "  on-disk size <= TsFileWriter alone: %.3fx -> %s%n",
        sizeRatio,
        sizeRatio <= 1 ? "met" : String.format("missed by %.1f%%", 100 * (sizeRatio - 1)));
    out.printf("  JVM arguments: %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  void machine(ResourceMeter run) {
    out.printf(
        "  whole run: %.0f s, this process %.2f cores, other processes %.2f cores, load average"
            + " %.2f at the end%n",
        Rates.seconds(run.wallNanos()),
        run.cores(),
        run.otherCores(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private void row(String name, long points, long nanos, ResourceMeter meter) {
    out.printf(
        "  %-34s %,15d %9.1f %,13.0f %6.2f %6.2f %5d / %5d%n",
        name,
        points,
        Rates.seconds(nanos),
        Rates.perSecond(points, nanos),
        meter.cores(),
        meter.otherCores(),
        meter.gcCount(),
        meter.gcMillis());
  }

  private static String fileStore(Path dir) {
    try {
      Files.createDirectories(dir);
      FileStore store = Files.getFileStore(dir);
      return store.type() + " on " + store.name();
    } catch (IOException e) {
      return "file system unknown: " + e.getMessage();
    }
  }

  private static String finishName(String name) {
    return name.startsWith("TsFile") ? "close" : "flush";
  }
}
