package org.stratadb.benchmark.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Bytes allocated by each thread of another JVM (the DataNode) over a phase, from a JFR recording
 * of {@code jdk.ThreadAllocationStatistics} (the per-thread counter {@code
 * ThreadMXBean.getThreadAllocatedBytes} reads) started and stopped with {@code jcmd}. Threads are
 * grouped by name without their numbers, so the report shows e.g. the client-service workers
 * (Thrift decode, partition lookup, WAL encode, memtable insert), the event loops (frame reads),
 * flushes.
 */
final class AllocationProbe {
  private static final long JCMD_TIMEOUT_SECONDS = 60;
  private static final String SETTINGS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<configuration version=\"2.0\" label=\"thread allocation\">\n"
          + "  <event name=\"jdk.ThreadAllocationStatistics\">\n"
          + "    <setting name=\"enabled\">true</setting>\n"
          + "    <setting name=\"period\">500 ms</setting>\n"
          + "  </event>\n"
          + "</configuration>\n";

  /** Bytes a group of threads allocated. */
  record Group(String name, int threads, long bytes) {}

  private final long pid;
  private final Path dir;
  private String recording;
  private Path file;

  AllocationProbe(long pid, Path dir) {
    this.pid = pid;
    this.dir = dir;
  }

  void start(String name) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path settings = dir.resolve("thread-allocation.jfc");
    Files.writeString(settings, SETTINGS, StandardCharsets.UTF_8);
    recording = "load-" + name;
    file = dir.resolve(recording + ".jfr");
    jcmd(
        "JFR.start",
        "name=" + recording,
        "settings=" + settings.toAbsolutePath(),
        "filename=" + file.toAbsolutePath());
  }

  /** Stops the recording and returns the allocation per thread group, largest first. */
  List<Group> stop() throws IOException, InterruptedException {
    jcmd("JFR.stop", "name=" + recording);
    return read(file);
  }

  static List<Group> read(Path jfr) throws IOException {
    Map<Long, long[]> perThread = new HashMap<>(); // id -> {first, last}
    Map<Long, Instant> firstSeen = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    Instant firstBatch = null;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ThreadAllocationStatistics")) {
        continue;
      }
      RecordedThread t = e.getThread("thread");
      if (t == null) {
        continue;
      }
      long id = t.getJavaThreadId();
      long allocated = e.getLong("allocated");
      Instant at = e.getStartTime();
      firstBatch = firstBatch == null || at.isBefore(firstBatch) ? at : firstBatch;
      names.put(id, t.getJavaName() == null ? t.getOSName() : t.getJavaName());
      long[] range = perThread.computeIfAbsent(id, k -> new long[] {allocated, allocated});
      range[0] = Math.min(range[0], allocated);
      range[1] = Math.max(range[1], allocated);
      firstSeen.merge(id, at, (a, b) -> a.isBefore(b) ? a : b);
    }
    Map<String, long[]> groups = new TreeMap<>(); // name -> {threads, bytes}
    for (Map.Entry<Long, long[]> entry : perThread.entrySet()) {
      long id = entry.getKey();
      // A thread missing from the first sampling started during the recording: count it all.
      boolean born = firstBatch != null && firstSeen.get(id).isAfter(firstBatch.plusMillis(200));
      long bytes = entry.getValue()[1] - (born ? 0 : entry.getValue()[0]);
      long[] g = groups.computeIfAbsent(groupName(names.get(id)), k -> new long[2]);
      g[0]++;
      g[1] += bytes;
    }
    List<Group> out = new ArrayList<>();
    groups.forEach((name, g) -> out.add(new Group(name, (int) g[0], g[1])));
    out.sort((a, b) -> Long.compare(b.bytes, a.bytes));
    return out;
  }

  /**
   * A thread name without its numbers: "client-rpc-worker-3" and "nioEventLoopGroup-3-1" lose them.
   */
  static String groupName(String thread) {
    String name = thread == null ? "?" : thread;
    String stripped = name.replaceAll("([-_# ]?\\d+)+$", "");
    return stripped.isEmpty() ? name : stripped;
  }

  private void jcmd(String... command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    args.add(Long.toString(pid));
    args.addAll(List.of(command));
    if (!Files.isExecutable(Path.of(args.get(0)))) {
      args.set(0, "jcmd");
    }
    Path out = dir.resolve("jcmd.out");
    Process p =
        new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    boolean done = p.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!done || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(
          "jcmd "
              + String.join(" ", command)
              + (done ? " failed: " : " timed out: ")
              + Files.readString(out, StandardCharsets.UTF_8).trim());
    }
  }
}
