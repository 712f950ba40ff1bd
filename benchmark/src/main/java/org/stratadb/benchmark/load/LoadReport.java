package org.stratadb.benchmark.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The plain-text report of a load run, and its comparison with IoTDB's reference figures. */
final class LoadReport {
  /** Apache IoTDB 1.3 1C1D on this machine, from issue 4. */
  static final double IOTDB_PPS_100 = 5.4e6;

  static final double IOTDB_PPS_1000 = 13.5e6;
  static final double IOTDB_STARTUP_SECONDS = 5.5;
  static final double IOTDB_IDLE_RSS_MB = 410;

  private final PrintStream out;

  LoadReport(PrintStream out) {
    this.out = out;
  }

  void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }

  void startup(StandaloneServer.Startup s, double settleSeconds, long dnRssKib, long cnRssKib) {
    line(
        "startup:  %.2f s from start-standalone.sh until show cluster answers with both nodes"
            + " Running (client port accepting at %.2f s, script returned at %.2f s)",
        s.clusterNanos() / 1e9, s.portNanos() / 1e9, s.scriptNanos() / 1e9);
    line(
        "idle RSS: DataNode %.0f MB, ConfigNode %.0f MB (VmRSS, %.0f s after startup)",
        dnRssKib / 1024.0, cnRssKib / 1024.0, settleSeconds);
  }

  void writeHeader() {
    line("");
    line(
        "%-16s %12s %14s %12s %9s %8s %8s %8s %6s  %-22s %5s",
        "write",
        "points/s",
        "per srv core",
        "points",
        "calls",
        "p50 ms",
        "p99 ms",
        "max ms",
        "gen%",
        "cores client/srv/other",
        "load");
  }

  void write(WriteRun.Result r) {
    LatencyLog l = r.latencies();
    line(
        "%-16s %12s %14s %12d %9d %8.3f %8.3f %8.1f %5.1f%%  %-22s %5.1f",
        r.rowsPerCall() + " rows/call",
        millions(r.pointsPerSecond()),
        millions(r.pointsPerServerCpuSecond()),
        r.points(),
        r.calls(),
        l.percentileNanos(50) / 1e6,
        l.percentileNanos(99) / 1e6,
        l.maxNanos() / 1e6,
        r.generatePercent(),
        String.format(Locale.ROOT, "%.2f / %.2f / %.2f", r.cores()[0], r.cores()[1], r.cores()[2]),
        r.loadAverage());
  }

  void queries(List<QueryRun.Result> results, int reps) {
    line("");
    line(
        "%-24s %9s %9s %9s %9s %9s  %s",
        "query (" + reps + " reps)", "cold ms", "p50 ms", "p99 ms", "max ms", "rows", "example");
    for (QueryRun.Result q : results) {
      if (q.error() != null) {
        line("%-24s FAILED: %s  (%s)", q.name(), q.error(), q.example());
        continue;
      }
      LatencyLog l = q.latencies();
      line(
          "%-24s %9.2f %9.2f %9.2f %9.2f %9d  %s",
          q.name(),
          q.coldNanos() / 1e6,
          l.percentileNanos(50) / 1e6,
          l.percentileNanos(99) / 1e6,
          l.maxNanos() / 1e6,
          q.rows(),
          q.example());
    }
  }

  void allocation(int rows, long points, List<AllocationProbe.Group> groups) {
    line("");
    line(
        "DataNode allocation by thread group during the %d rows/call run (%d points):",
        rows, points);
    long total = 0;
    for (AllocationProbe.Group g : groups) {
      total += g.bytes();
    }
    for (AllocationProbe.Group g : groups) {
      if (g.bytes() < (1 << 20)) {
        continue;
      }
      line(
          "  %-36s %3d threads %10.1f MB %8.2f B/point",
          g.name(), g.threads(), g.bytes() / 1e6, (double) g.bytes() / points);
    }
    line(
        "  %-36s             %10.1f MB %8.2f B/point",
        "all threads", total / 1e6, (double) total / points);
  }

  /** The comparison line with IoTDB's figures; NaN where this run did not measure something. */
  void comparison(double pps100, double pps1000, double startupSeconds, double rssMb) {
    line("");
    line(
        "reference, Apache IoTDB 1.3 1C1D on this machine (issue 4): 5.4 M points/s at 100"
            + " rows/call, 13.5 M at 1,000, startup 5.5 s, idle DataNode RSS ~410 MB");
    line(
        "StrataDB / IoTDB: writes %s at 100 rows/call, %s at 1,000; startup %s (time ratio, lower"
            + " is better); idle RSS %s (lower is better)",
        ratio(pps100, IOTDB_PPS_100),
        ratio(pps1000, IOTDB_PPS_1000),
        ratio(startupSeconds, IOTDB_STARTUP_SECONDS),
        ratio(rssMb, IOTDB_IDLE_RSS_MB));
  }

  static String ratio(double ours, double theirs) {
    return Double.isNaN(ours) ? "n/a" : String.format(Locale.ROOT, "%.2fx", ours / theirs);
  }

  static String millions(double perSecond) {
    return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
  }
}
