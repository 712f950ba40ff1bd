package org.stratadb.benchmark.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.stratadb.session.CompressionType;
import org.stratadb.session.Session;
import org.stratadb.session.StatementExecutionException;
import org.stratadb.session.TSDataType;
import org.stratadb.session.TSEncoding;

/**
 * The end-to-end load generator of issue 4, in the style of iot-benchmark: writer threads with one
 * {@link Session} each write random-walk DOUBLE series with {@code insertTablet}, one run per
 * rows-per-call setting, each bounded in time and points; then a query phase. With {@code
 * start=true} it starts a 1C1D from the distribution tree first (timing the startup and reading the
 * idle DataNode's RSS) and stops it at the end. The report goes to stdout, progress to stderr. See
 * benchmark/README.md for the options and the figures.
 */
public final class LoadBenchmark {
  /** 2024-01-01T00:00:00Z: where every device's data start. */
  static final long FIRST_TIME = 1_704_067_200_000L;

  private final LoadOptions options;
  private final LoadReport report;
  private final PrintStream progress;

  private LoadBenchmark(LoadOptions options, PrintStream out, PrintStream progress) {
    this.options = options;
    this.report = new LoadReport(out);
    this.progress = progress;
  }

  public static void main(String[] args) throws Exception {
    LoadOptions options;
    try {
      options = LoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
      return;
    }
    new LoadBenchmark(options, System.out, System.err).run();
  }

  private void run() throws Exception {
    conditions();
    if (!options.start()) {
      runAgainst(
          options.host(),
          options.port(),
          options.pid() > 0 ? new long[] {options.pid()} : new long[0],
          options.pid(),
          Double.NaN,
          Double.NaN,
          null);
      return;
    }
    try (StandaloneServer server =
        StandaloneServer.prepare(options.dist(), options.work(), options.keep(), progress)) {
      progress.println("starting the 1C1D (start-standalone.sh) ...");
      StandaloneServer.Startup startup =
          server.start(options.memory(), options.jvmOpts(), options.startTimeoutSeconds());
      if (!options.jvmOpts().isEmpty()) {
        report.line("server:   IOTDB_JVM_OPTS=%s", options.jvmOpts());
      }
      for (String line : server.startOutput()) {
        if (line.contains("memory")) {
          report.line("server:   %s", line.trim());
        }
      }
      Thread.sleep((long) (options.settleSeconds() * 1000));
      long dn = server.dataNodePid().orElse(-1);
      long cn = server.configNodePid().orElse(-1);
      long dnRss = StandaloneServer.rssKib(dn);
      report.startup(startup, options.settleSeconds(), dnRss, StandaloneServer.rssKib(cn));
      report.line("          %s", server.milestones(startup));
      runAgainst(
          "127.0.0.1",
          server.rpcPort(),
          new long[] {dn, cn},
          dn,
          startup.clusterNanos() / 1e9,
          dnRss / 1024.0,
          server.home().resolve("alloc"));
      progress.println("stopping the 1C1D (stop-standalone.sh) ...");
    }
  }

  private void conditions() throws IOException {
    report.line(
        "StrataDB load generator (org.stratadb.benchmark.load), %s",
        ZonedDateTime.now().withNano(0));
    report.line(
        "machine:  %d CPUs (%s), %.1f GiB RAM, Java %s, load average %.2f at the start",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        totalMemoryGib(),
        System.getProperty("java.version"),
        CpuSample.loadAverage());
    report.line(
        "workload: %d threads (one Session each), %d devices x %d DOUBLE sensors (non-aligned,"
            + " GORILLA/LZ4), random walks, rows %d ms apart; insertTablet, %s rows per call,"
            + " each run bounded by %.0f s and %,d points; %.0f s warm-up first",
        options.threads(),
        options.devices(),
        options.sensors(),
        options.stepMillis(),
        options.rowsPerCall(),
        options.seconds(),
        options.maxPoints(),
        options.warmupSeconds());
  }

  private void runAgainst(
      String host,
      int port,
      long[] serverPids,
      long dataNodePid,
      double startupSeconds,
      double rssMb,
      Path allocDir)
      throws Exception {
    if (!options.start()) {
      report.line("server:   running at %s:%d", host, port);
    }
    List<Session> sessions = new ArrayList<>();
    try {
      for (int i = 0; i <= options.threads(); i++) {
        Session s =
            Session.builder().host(host).port(port).username("root").password("root").build();
        s.open();
        sessions.add(s);
      }
      Session admin = sessions.get(options.threads());
      createSchema(admin);
      DeviceWalk[] walks = walks();
      WriteRun writes =
          new WriteRun(options, sessions.subList(0, options.threads()), walks, serverPids);
      if (options.warmupSeconds() > 0) {
        progress.printf(
            Locale.ROOT,
            "warm-up: %.0f s at %d rows/call%n",
            options.warmupSeconds(),
            options.rowsPerCall().get(0));
        WriteRun.Result w =
            writes.run(options.rowsPerCall().get(0), options.warmupSeconds(), options.maxPoints());
        report.line(
            "warm-up:  %d points at %d rows/call, %s points/s",
            w.points(), w.rowsPerCall(), LoadReport.millions(w.pointsPerSecond()));
      }
      AllocationProbe probe = null;
      if (options.alloc()) {
        if (dataNodePid <= 0) {
          throw new IllegalArgumentException("alloc=true needs start=true or pid=<DataNode pid>");
        }
        probe =
            new AllocationProbe(
                dataNodePid,
                allocDir != null ? allocDir : Files.createTempDirectory("stratadb-alloc-"));
      }
      List<WriteRun.Result> results = new ArrayList<>();
      List<Runnable> allocLines = new ArrayList<>();
      for (int rows : options.rowsPerCall()) {
        progress.printf(
            Locale.ROOT, "write run: %d rows/call, up to %.0f s%n", rows, options.seconds());
        if (probe != null) {
          probe.start(rows + "rows");
        }
        WriteRun.Result r = writes.run(rows, options.seconds(), options.maxPoints());
        results.add(r);
        if (probe != null) {
          List<AllocationProbe.Group> groups = probe.stop();
          allocLines.add(() -> report.allocation(r.rowsPerCall(), r.points(), groups));
        }
      }
      report.writeHeader();
      results.forEach(report::write);
      allocLines.forEach(Runnable::run);
      if (options.reps() == 0) {
        report.comparison(rate(results, 100), rate(results, 1000), startupSeconds, rssMb);
        return;
      }
      progress.println("queries ...");
      long[] rows = new long[walks.length];
      for (int d = 0; d < walks.length; d++) {
        rows[d] = walks[d].rows();
      }
      QueryRun.Written written =
          new QueryRun.Written(FIRST_TIME, options.stepMillis(), rows, options.sensors());
      report.line("");
      report.line(
          "data written: %,d points in total (%,d rows per device on average)",
          written.points(), written.points() / options.sensors() / walks.length);
      report.queries(
          new QueryRun(admin, written, options.seed(), options.reps()).runAll(), options.reps());
      report.comparison(rate(results, 100), rate(results, 1000), startupSeconds, rssMb);
    } finally {
      for (Session s : sessions) {
        s.close();
      }
    }
  }

  private static double rate(List<WriteRun.Result> results, int rows) {
    for (WriteRun.Result r : results) {
      if (r.rowsPerCall() == rows) {
        return r.pointsPerSecond();
      }
    }
    return Double.NaN;
  }

  /** Drops the benchmark's database if it exists, then creates it and every series. */
  private void createSchema(Session s) throws Exception {
    try {
      s.deleteDatabase(LoadOptions.DATABASE);
      progress.println("dropped the existing " + LoadOptions.DATABASE);
    } catch (StatementExecutionException e) {
      // none yet
    }
    s.createDatabase(LoadOptions.DATABASE);
    for (int d = 0; d < options.devices(); d++) {
      for (int m = 0; m < options.sensors(); m++) {
        s.createTimeseries(
            LoadOptions.device(d) + "." + LoadOptions.sensor(m),
            TSDataType.DOUBLE,
            TSEncoding.GORILLA,
            CompressionType.LZ4);
      }
    }
  }

  private DeviceWalk[] walks() {
    SplittableRandom seeds = new SplittableRandom(options.seed());
    DeviceWalk[] walks = new DeviceWalk[options.devices()];
    for (int d = 0; d < walks.length; d++) {
      walks[d] =
          new DeviceWalk(seeds.nextLong(), options.sensors(), FIRST_TIME, options.stepMillis());
    }
    return walks;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      return "?";
    }
    return "?";
  }

  private static double totalMemoryGib() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize() / (double) (1L << 30);
    }
    return Double.NaN;
  }
}
