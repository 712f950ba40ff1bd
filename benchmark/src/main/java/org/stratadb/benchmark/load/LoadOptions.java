package org.stratadb.benchmark.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The load generator's settings, from {@code key=value} arguments (numbers may use underscores).
 * The defaults are the run benchmark/README.md reports.
 *
 * @param host client service of a running server (ignored with {@code start})
 * @param port its port
 * @param start whether to start a 1C1D from the distribution tree (and stop it at the end)
 * @param dist the distribution tree to copy, null to look under distribution/target
 * @param work where the copied installation lives, null for a fresh temporary directory
 * @param keep keep the copied installation (data and logs) after the run
 * @param threads client threads, one session each
 * @param devices devices, each written by one thread only
 * @param sensors DOUBLE sensors per device
 * @param rowsPerCall one write run per entry, in this order
 * @param seconds bound of each write run
 * @param maxPoints bound of each write run in points
 * @param warmupSeconds unmeasured writes before the first run, at its rows per call
 * @param stepMillis timestamp step between two rows of a device
 * @param seed of the random walks and the query parameters
 * @param reps repetitions of each query type (0: no query phase)
 * @param settleSeconds pause after startup before the idle RSS is read
 * @param startTimeoutSeconds bound of the startup
 * @param memory DATANODE_MEMORY_SIZE for the started DataNode, empty for the script's default
 * @param jvmOpts IOTDB_JVM_OPTS (extra JVM options) for the started nodes, empty for none
 * @param alloc measure the DataNode's allocation per thread during each write run (JFR via jcmd)
 * @param pid the DataNode pid to measure with {@code alloc} when the server was not started here
 */
record LoadOptions(
    String host,
    int port,
    boolean start,
    Path dist,
    Path work,
    boolean keep,
    int threads,
    int devices,
    int sensors,
    List<Integer> rowsPerCall,
    double seconds,
    long maxPoints,
    double warmupSeconds,
    long stepMillis,
    long seed,
    int reps,
    double settleSeconds,
    int startTimeoutSeconds,
    String memory,
    String jvmOpts,
    boolean alloc,
    long pid) {

  static final String DATABASE = "root.bench";

  static final Set<String> KEYS =
      new TreeSet<>(
          List.of(
              "host",
              "port",
              "start",
              "dist",
              "work",
              "keep",
              "threads",
              "devices",
              "sensors",
              "rows",
              "seconds",
              "maxPoints",
              "warmupSeconds",
              "stepMs",
              "seed",
              "reps",
              "settleSeconds",
              "startTimeout",
              "memory",
              "jvmOpts",
              "alloc",
              "pid"));

  LoadOptions {
    rowsPerCall = List.copyOf(rowsPerCall);
    require(threads > 0, "threads must be positive");
    require(devices >= threads, "devices must be at least threads (a device has one writer)");
    require(sensors > 0, "sensors must be positive");
    require(!rowsPerCall.isEmpty(), "rows needs at least one value");
    for (int rows : rowsPerCall) {
      require(rows > 0, "rows per call must be positive");
    }
    require(seconds > 0, "seconds must be positive");
    require(maxPoints > 0, "maxPoints must be positive");
    require(warmupSeconds >= 0, "warmupSeconds must not be negative");
    require(stepMillis > 0, "stepMs must be positive");
    require(reps >= 0, "reps must not be negative");
    require(port > 0 && port < 65_536, "port out of range");
  }

  /** Parses {@code key=value} arguments; an unknown key or a malformed value fails. */
  static LoadOptions parse(String... args) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String key = eq < 0 ? arg : arg.substring(0, eq);
      if (eq < 0 || !KEYS.contains(key)) {
        throw new IllegalArgumentException("expected key=value with a key of " + KEYS + ": " + arg);
      }
      given.put(key, arg.substring(eq + 1).trim());
    }
    Values v = new Values(given);
    return new LoadOptions(
        v.str("host", "127.0.0.1"),
        (int) v.num("port", 6667),
        v.bool("start", false),
        v.path("dist"),
        v.path("work"),
        v.bool("keep", false),
        (int) v.num("threads", 10),
        (int) v.num("devices", 10),
        (int) v.num("sensors", 10),
        v.ints("rows", List.of(100, 1000)),
        v.dbl("seconds", 30),
        v.num("maxPoints", 2_000_000_000L),
        v.dbl("warmupSeconds", 5),
        v.num("stepMs", 1000),
        v.num("seed", 20_241_122L),
        (int) v.num("reps", 10),
        v.dbl("settleSeconds", 5),
        (int) v.num("startTimeout", 120),
        v.str("memory", ""),
        v.str("jvmOpts", ""),
        v.bool("alloc", false),
        v.num("pid", -1));
  }

  /** Device {@code d}'s path. */
  static String device(int d) {
    return DATABASE + ".d_" + d;
  }

  /** Sensor {@code s}'s name. */
  static String sensor(int s) {
    return "s_" + s;
  }

  /** The devices thread {@code t} writes: t, t + threads, ... */
  List<Integer> devicesOf(int t) {
    List<Integer> mine = new ArrayList<>();
    for (int d = t; d < devices; d += threads) {
      mine.add(d);
    }
    return mine;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private record Values(Map<String, String> given) {
    String str(String key, String fallback) {
      return given.getOrDefault(key, fallback);
    }

    Path path(String key) {
      String value = given.get(key);
      return value == null || value.isEmpty() ? null : Path.of(value);
    }

    long num(String key, long fallback) {
      String value = given.get(key);
      try {
        return value == null ? fallback : Long.parseLong(value.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " is not a whole number: " + value);
      }
    }

    double dbl(String key, double fallback) {
      String value = given.get(key);
      try {
        return value == null ? fallback : Double.parseDouble(value.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " is not a number: " + value);
      }
    }

    boolean bool(String key, boolean fallback) {
      String value = given.get(key);
      if (value == null) {
        return fallback;
      }
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "1" -> true;
        case "false", "no", "0" -> false;
        default -> throw new IllegalArgumentException(key + " must be true or false: " + value);
      };
    }

    List<Integer> ints(String key, List<Integer> fallback) {
      String value = given.get(key);
      if (value == null) {
        return fallback;
      }
      List<Integer> out = new ArrayList<>();
      for (String part : value.split(",")) {
        try {
          out.add(Integer.parseInt(part.trim().replace("_", "")));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(key + " is not a list of whole numbers: " + value);
        }
      }
      return out;
    }
  }
}
