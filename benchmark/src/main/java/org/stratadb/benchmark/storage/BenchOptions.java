package org.stratadb.benchmark.storage;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.WalMode;

/**
 * The harness's settings: {@code key=value} arguments, else {@code -Dbench.key=value} system
 * properties, else the defaults below (the run the README reports).
 */
record BenchOptions(
    Workload workload,
    long warmupPoints,
    WalMode walMode,
    long flushMib,
    long budgetMib,
    long maxSeconds,
    int compactionThreads,
    Path dir,
    boolean keep) {

  static final Set<String> KEYS =
      Set.of(
          "points",
          "devices",
          "sensors",
          "rows",
          "seed",
          "warmup",
          "wal",
          "flushMb",
          "budgetMb",
          "maxSeconds",
          "compaction",
          "dir",
          "keep");

  static BenchOptions parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String key = eq < 0 ? arg : arg.substring(0, eq);
      if (eq < 0 || !KEYS.contains(key)) {
        throw new IllegalArgumentException("expected key=value with a key of " + KEYS + ": " + arg);
      }
      given.put(key, arg.substring(eq + 1));
    }
    Settings s = new Settings(given);
    Workload workload =
        Workload.forPoints(
            (int) s.num("devices", 100),
            (int) s.num("sensors", 100),
            (int) s.num("rows", 1000),
            s.num("points", 100_000_000L),
            s.num("seed", 20_241_122L));
    String tmp = System.getProperty("java.io.tmpdir");
    return new BenchOptions(
        workload,
        s.num("warmup", 5_000_000L),
        WalMode.valueOf(s.str("wal", "ASYNC").toUpperCase(Locale.ROOT)),
        s.num("flushMb", 256),
        s.num("budgetMb", 1024),
        s.num("maxSeconds", 240),
        (int) s.num("compaction", -1),
        Path.of(
            s.str(
                "dir", Path.of(tmp, "stratadb-bench-" + ProcessHandle.current().pid()).toString())),
        Boolean.parseBoolean(s.str("keep", "false")));
  }

  /**
   * Engine defaults but for the WAL mode and memory sizes (and the compaction threads, when given),
   * with one data and WAL dir under {@code home}.
   */
  StorageOptions storageOptions(Path home) {
    StorageOptions o =
        StorageOptions.defaults(home)
            .withWalMode(walMode)
            .withMemory(flushMib << 20, budgetMib << 20);
    if (compactionThreads < 0) {
      return o;
    }
    return new StorageOptions(
        o.dataDirs(),
        o.walDir(),
        o.walMode(),
        o.walAsyncFsyncDelayMillis(),
        o.memtableFlushBytes(),
        o.memoryBudgetBytes(),
        o.writeRejectWaitMillis(),
        o.timePartitionIntervalMillis(),
        o.minFreeDiskRatio(),
        compactionThreads,
        o.compactionWriteBytesPerSecond());
  }

  /** Arguments before system properties; numbers may use underscores (100_000_000). */
  private record Settings(Map<String, String> given) {
    String str(String key, String fallback) {
      String value = given.get(key);
      return value != null ? value : System.getProperty("bench." + key, fallback);
    }

    long num(String key, long fallback) {
      return Long.parseLong(str(key, Long.toString(fallback)).replace("_", ""));
    }
  }
}
