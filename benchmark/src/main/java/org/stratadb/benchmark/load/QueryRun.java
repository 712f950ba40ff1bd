package org.stratadb.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.stratadb.session.Session;
import org.stratadb.session.SessionDataSet;

/**
 * The query phase: each query type runs once untimed (cold), then {@code reps} times; every run
 * reads its whole result and is checked against what was written (row count, and for count the
 * number of points), so a fast wrong answer is reported as wrong.
 */
final class QueryRun {
  static final long HOUR_MILLIS = 3_600_000L;
  static final int SCAN_ROWS = 100_000;

  /** One query type's outcome. */
  record Result(
      String name, String example, long coldNanos, LatencyLog latencies, long rows, String error) {}

  /** What the written data look like: per device, its first timestamp and row count. */
  record Written(long firstTime, long stepMillis, long[] rowsPerDevice, int sensors) {
    long points() {
      long p = 0;
      for (long r : rowsPerDevice) {
        p += r * sensors;
      }
      return p;
    }
  }

  private interface Check {
    /** Null if the answer is right, else what is wrong. */
    String verify(SessionDataSet rows, long expected) throws Exception;
  }

  private record Query(String sql, long expected, Check check) {}

  private final Session session;
  private final Written written;
  private final SplittableRandom random;
  private final int reps;

  QueryRun(Session session, Written written, long seed, int reps) {
    this.session = session;
    this.written = written;
    this.random = new SplittableRandom(seed ^ 0x5EED_0F_0E_1ECL);
    this.reps = reps;
  }

  List<Result> runAll() {
    List<Result> out = new ArrayList<>();
    out.add(measure("raw range 1 h", this::rawHour));
    out.add(measure("scan 100k rows", this::scan));
    out.add(measure("count+avg, all series", r -> countAvg()));
    out.add(measure("group by 1 h, 1 device", this::groupBy));
    out.add(measure("last, all series", r -> last()));
    return out;
  }

  private Result measure(String name, IntFunction<Query> next) {
    LatencyLog log = new LatencyLog();
    long cold = -1;
    long rows = -1;
    String example = null;
    try {
      for (int i = 0; i <= reps; i++) {
        Query q = next.apply(i);
        example = example == null ? q.sql : example;
        long t0 = System.nanoTime();
        String wrong;
        try (SessionDataSet set = session.executeQueryStatement(q.sql)) {
          wrong = q.check.verify(set, q.expected);
        }
        long t = System.nanoTime() - t0;
        if (wrong != null) {
          return new Result(name, q.sql, cold, log, rows, "wrong answer: " + wrong);
        }
        rows = q.expected;
        if (i == 0) {
          cold = t;
        } else {
          log.add(t);
        }
      }
      return new Result(name, example, cold, log, rows, null);
    } catch (Exception e) {
      return new Result(name, example, cold, log, rows, e.toString());
    }
  }

  private int device() {
    return random.nextInt(written.rowsPerDevice.length);
  }

  /** A start row in [0, rows - span], or 0 when the device has fewer rows. */
  private long startRow(int device, long span) {
    long rows = written.rowsPerDevice[device];
    return rows <= span ? 0 : random.nextLong(rows - span + 1);
  }

  private String columns() {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < written.sensors; s++) {
      b.append(s == 0 ? "" : ", ").append(LoadOptions.sensor(s));
    }
    return b.toString();
  }

  private Query rawHour(int rep) {
    return rowRange(HOUR_MILLIS / written.stepMillis, "select " + columns() + " from ");
  }

  private Query scan(int rep) {
    return rowRange(SCAN_ROWS, "select * from ");
  }

  private Query rowRange(long span, String select) {
    int d = device();
    long first = startRow(d, span);
    long rows = Math.min(span, written.rowsPerDevice[d] - first);
    long from = written.firstTime + first * written.stepMillis;
    long to = from + span * written.stepMillis;
    String sql = select + LoadOptions.device(d) + " where time >= " + from + " and time < " + to;
    return new Query(sql, rows, QueryRun::countRows);
  }

  private Query countAvg() {
    String sql = "select count(*), avg(*) from " + LoadOptions.DATABASE + ".**";
    return new Query(sql, written.points(), QueryRun::sumCounts);
  }

  private Query groupBy(int rep) {
    int d = device();
    long from = written.firstTime;
    long to = from + written.rowsPerDevice[d] * written.stepMillis;
    long windows = (to - from + HOUR_MILLIS - 1) / HOUR_MILLIS;
    String sql =
        "select avg(*) from "
            + LoadOptions.device(d)
            + " group by (["
            + from
            + ", "
            + to
            + "), 1h)";
    return new Query(sql, windows, QueryRun::countRows);
  }

  private Query last() {
    String sql = "select last * from " + LoadOptions.DATABASE + ".**";
    return new Query(
        sql, (long) written.rowsPerDevice.length * written.sensors, QueryRun::countRows);
  }

  private static String countRows(SessionDataSet set, long expected) throws Exception {
    long n = 0;
    while (set.next()) {
      n++;
    }
    return n == expected ? null : n + " rows, expected " + expected;
  }

  /** Sums the count(...) columns of the single row: every point written must be counted. */
  private static String sumCounts(SessionDataSet set, long expected) throws Exception {
    if (!set.next()) {
      return "no row";
    }
    long sum = 0;
    List<String> names = set.getColumnNames();
    for (int c = 0; c < names.size(); c++) {
      if (names.get(c).startsWith("count(")) {
        sum += set.getLong(names.get(c));
      }
    }
    if (set.next()) {
      return "more than one row";
    }
    return sum == expected ? null : sum + " points counted, expected " + expected;
  }
}
