package org.stratadb.benchmark.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this client process, of the server processes (by pid, from {@code /proc}) and of the
 * whole machine at one instant. Two samples tell how many cores the client, the server and
 * everything else kept busy in between: the benchmark shares its two cores with whatever else runs.
 * A time that cannot be read is -1 and yields NaN.
 */
record CpuSample(long wallNanos, long clientNanos, long serverNanos, long machineNanos) {

  /** Linux's USER_HZ, the unit of /proc/stat, is 100 on every mainstream architecture. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  static CpuSample now(long... serverPids) {
    long client = -1;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      client = os.getProcessCpuTime();
    }
    long server = serverPids.length == 0 ? -1 : 0;
    for (long pid : serverPids) {
      long ticks = processTicks(pid);
      server = ticks < 0 || server < 0 ? -1 : server + ticks * NANOS_PER_TICK;
    }
    return new CpuSample(System.nanoTime(), client, server, machineTicks() * NANOS_PER_TICK);
  }

  /** Cores kept busy between {@code this} and {@code later}: client, server, others. */
  double[] coresUntil(CpuSample later) {
    double wall = later.wallNanos - wallNanos;
    double c =
        clientNanos < 0 || later.clientNanos < 0 ? Double.NaN : later.clientNanos - clientNanos;
    double s =
        serverNanos < 0 || later.serverNanos < 0 ? Double.NaN : later.serverNanos - serverNanos;
    double m =
        machineNanos < 0 || later.machineNanos < 0 ? Double.NaN : later.machineNanos - machineNanos;
    double others = m - c - (Double.isNaN(s) ? 0 : s);
    return new double[] {c / wall, s / wall, Math.max(0, others) / wall};
  }

  /** utime + stime of a process in ticks, or -1. */
  static long processTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // The command name may hold spaces; fields are counted from after its closing ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Busy ticks of all CPUs from /proc/stat (all but idle and iowait), or -1. */
  private static long machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i <= 8 && i < f.length; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(f[i]);
        }
      }
      return busy;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The 1-minute load average, or NaN. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
