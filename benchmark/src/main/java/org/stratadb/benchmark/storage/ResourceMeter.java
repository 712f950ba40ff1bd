package org.stratadb.benchmark.storage;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Process CPU time, the whole machine's busy CPU time and GC counters around a phase: they tell how
 * many cores the phase kept busy, how much of it went to garbage collection, and how much of the
 * machine other processes took meanwhile (the benchmark shares its two cores with whatever else
 * runs, builds of colleagues included, so a report without that figure cannot be trusted).
 */
record ResourceMeter(
    long cpuNanos, long machineBusyNanos, long gcCount, long gcMillis, long wallNanos) {

  /** Linux's USER_HZ, the unit of /proc/stat, is 100 on every mainstream architecture. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  static ResourceMeter now() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    long cpu = -1;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      cpu = os.getProcessCpuTime();
    }
    return new ResourceMeter(cpu, machineBusy(), count, millis, System.nanoTime());
  }

  /** What was used between {@code this} (earlier) and now. */
  ResourceMeter since() {
    ResourceMeter end = now();
    return new ResourceMeter(
        cpuNanos < 0 || end.cpuNanos < 0 ? -1 : end.cpuNanos - cpuNanos,
        machineBusyNanos < 0 || end.machineBusyNanos < 0
            ? -1
            : end.machineBusyNanos - machineBusyNanos,
        end.gcCount - gcCount,
        end.gcMillis - gcMillis,
        end.wallNanos - wallNanos);
  }

  /** Average cores this process kept busy; NaN when the JVM cannot tell its CPU time. */
  double cores() {
    return cpuNanos < 0 ? Double.NaN : (double) cpuNanos / wallNanos;
  }

  /** Average cores other processes kept busy; NaN off Linux. Tick-grained: +-0.1 on short runs. */
  double otherCores() {
    if (cpuNanos < 0 || machineBusyNanos < 0) {
      return Double.NaN;
    }
    return Math.max(0, (double) (machineBusyNanos - cpuNanos) / wallNanos);
  }

  /** Busy time of all CPUs from the first line of /proc/stat, or -1 where there is none. */
  private static long machineBusy() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] f = line.trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal ...: all but idle and iowait
      long busy = 0;
      for (int i = 1; i <= 8 && i < f.length; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(f[i]);
        }
      }
      return busy * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
