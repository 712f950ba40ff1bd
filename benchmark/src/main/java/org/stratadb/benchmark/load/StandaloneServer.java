package org.stratadb.benchmark.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.stratadb.session.Session;
import org.stratadb.session.SessionDataSet;

/**
 * A 1C1D started from a copy of the distribution tree through {@code sbin/start-standalone.sh}, on
 * free loopback ports written to {@code conf/iotdb-system.properties}, and stopped through {@code
 * sbin/stop-standalone.sh}. Startup time runs from launching the script until the client port
 * accepts connections and {@code show cluster} answers with both nodes Running.
 */
final class StandaloneServer implements AutoCloseable {
  private static final String USER = "root";
  private static final long POLL_MILLIS = 25;
  private static final long STOP_TIMEOUT_SECONDS = 120;

  /**
   * Startup timings in nanoseconds from launching the script, and the wall-clock launch time (for
   * the milestones in the nodes' logs).
   */
  record Startup(long portNanos, long clusterNanos, long scriptNanos, long launchMillis) {}

  private final Path home;
  private final boolean keep;
  private final boolean ownsHome;
  private final Map<String, Integer> ports = new LinkedHashMap<>();
  private final PrintStream progress;
  private boolean started;

  private StandaloneServer(Path home, boolean keep, boolean ownsHome, PrintStream progress) {
    this.home = home;
    this.keep = keep;
    this.ownsHome = ownsHome;
    this.progress = progress;
  }

  /** Copies the distribution to {@code work} (a temporary directory if null) and sets ports. */
  static StandaloneServer prepare(Path dist, Path work, boolean keep, PrintStream progress)
      throws IOException {
    Path source = dist != null ? dist : findDistribution(Path.of("").toAbsolutePath());
    if (!Files.isRegularFile(source.resolve("sbin/start-standalone.sh"))) {
      throw new IllegalArgumentException(source + " is not a distribution tree (no sbin/)");
    }
    boolean owns = work == null;
    Path home = owns ? Files.createTempDirectory("stratadb-load-") : work;
    if (!owns && Files.exists(home) && !isEmpty(home)) {
      throw new IllegalArgumentException(home + " exists and is not empty");
    }
    copyTree(source, home);
    StandaloneServer server = new StandaloneServer(home, keep, owns, progress);
    server.configure();
    progress.println("installation: " + source + " copied to " + home);
    return server;
  }

  /**
   * The distribution tree under {@code distribution/target} of the repository containing {@code
   * from} (or its parent, when run from a module directory).
   */
  static Path findDistribution(Path from) throws IOException {
    for (Path root = from; root != null; root = root.getParent()) {
      Path target = root.resolve("distribution/target");
      if (Files.isDirectory(target)) {
        try (DirectoryStream<Path> outer = Files.newDirectoryStream(target, "stratadb-*-all-bin")) {
          for (Path dir : outer) {
            Path inner = dir.resolve(dir.getFileName());
            if (Files.isDirectory(inner.resolve("sbin"))) {
              return inner;
            }
          }
        }
      }
    }
    throw new IllegalArgumentException(
        "no distribution/target/stratadb-*-all-bin/stratadb-*-all-bin found from "
            + from
            + "; build it (./mvnw -B -pl distribution -am package -DskipTests) or pass dist=");
  }

  private void configure() throws IOException {
    int[] free = freePorts(7);
    String[] keys = {
      "cn_internal_port",
      "cn_consensus_port",
      "dn_rpc_port",
      "dn_internal_port",
      "dn_mpp_data_exchange_port",
      "dn_schema_region_consensus_port",
      "dn_data_region_consensus_port"
    };
    for (int i = 0; i < keys.length; i++) {
      ports.put(keys[i], free[i]);
    }
    List<String> lines = new ArrayList<>();
    lines.add("# written by the load generator (org.stratadb.benchmark.load)");
    lines.add("cn_internal_address=127.0.0.1");
    lines.add("dn_rpc_address=127.0.0.1");
    lines.add("dn_internal_address=127.0.0.1");
    ports.forEach((k, v) -> lines.add(k + "=" + v));
    String seed = "127.0.0.1:" + ports.get("cn_internal_port");
    lines.add("cn_seed_config_node=" + seed);
    lines.add("dn_seed_config_node=" + seed);
    Files.write(home.resolve("conf/iotdb-system.properties"), lines, StandardCharsets.UTF_8);
  }

  int rpcPort() {
    return ports.get("dn_rpc_port");
  }

  Path home() {
    return home;
  }

  /** Runs start-standalone.sh and waits, at most {@code timeoutSeconds}, for the cluster. */
  Startup start(String memory, String jvmOpts, int timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = home.resolve("start-standalone.out");
    ProcessBuilder pb =
        new ProcessBuilder("bash", home.resolve("sbin/start-standalone.sh").toString())
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("IOTDB_START_TIMEOUT", Integer.toString(timeoutSeconds));
    if (!memory.isEmpty()) {
      pb.environment().put("DATANODE_MEMORY_SIZE", memory);
    }
    if (!jvmOpts.isEmpty()) {
      pb.environment().put("IOTDB_JVM_OPTS", jvmOpts);
    }
    // Load the client classes first, so that the client's own warm-up is not timed.
    clusterRunning();
    started = true;
    long launchMillis = System.currentTimeMillis();
    long t0 = System.nanoTime();
    Process script = pb.start();
    long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    long portAt = -1;
    long clusterAt = -1;
    long scriptAt = -1;
    while (clusterAt < 0 || scriptAt < 0) {
      long now = System.nanoTime();
      if (now > deadline) {
        throw new IOException(
            "the 1C1D did not start within " + timeoutSeconds + " s; see " + log + " and logs/");
      }
      if (scriptAt < 0 && !script.isAlive()) {
        scriptAt = now - t0;
        if (script.exitValue() != 0) {
          throw new IOException(
              "start-standalone.sh exited with " + script.exitValue() + ":\n" + tail(log));
        }
      }
      if (portAt < 0 && accepts(rpcPort())) {
        portAt = System.nanoTime() - t0;
      }
      if (portAt >= 0 && clusterAt < 0 && clusterRunning()) {
        clusterAt = System.nanoTime() - t0;
      }
      if (clusterAt < 0 || scriptAt < 0) {
        Thread.sleep(POLL_MILLIS);
      }
    }
    return new Startup(portAt, clusterAt, scriptAt, launchMillis);
  }

  /**
   * When each node wrote its first log line and its readiness line, in seconds from the launch (log
   * timestamps have millisecond resolution); a milestone not found is left out.
   */
  String milestones(Startup startup) throws IOException {
    StringBuilder b = new StringBuilder();
    String[][] nodes = {
      {"ConfigNode", "log_confignode_all.log", "ConfigNode "},
      {"DataNode", "log_datanode_all.log", "DataNode "}
    };
    for (String[] node : nodes) {
      Path log = home.resolve("logs").resolve(node[1]);
      if (!Files.isRegularFile(log)) {
        continue;
      }
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      double first = lines.isEmpty() ? Double.NaN : logSeconds(lines.get(0), startup);
      double ready = Double.NaN;
      for (String line : lines) {
        if (line.contains(node[2]) && line.endsWith(" is ready")) {
          ready = logSeconds(line, startup);
          break;
        }
      }
      b.append(b.length() == 0 ? "" : "; ")
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "%s first log line at %.2f s, ready at %.2f s",
                  node[0],
                  first,
                  ready));
    }
    return b.toString();
  }

  private static double logSeconds(String line, Startup startup) {
    try {
      java.time.LocalDateTime at =
          java.time.LocalDateTime.parse(
              line.substring(0, 23),
              java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS"));
      long millis = at.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
      return (millis - startup.launchMillis()) / 1e3;
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The script's output, for the report (heap sizes). */
  List<String> startOutput() throws IOException {
    return Files.readAllLines(home.resolve("start-standalone.out"), StandardCharsets.UTF_8);
  }

  OptionalLong dataNodePid() {
    return readPid(home.resolve("data/datanode/datanode.pid"));
  }

  OptionalLong configNodePid() {
    return readPid(home.resolve("data/confignode/confignode.pid"));
  }

  /** VmRSS of a process in KiB, or -1 if it cannot be read. */
  static long rssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.substring(6).replace("kB", "").trim());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private boolean clusterRunning() {
    try (Session s =
        Session.builder()
            .host("127.0.0.1")
            .port(rpcPort())
            .username(USER)
            .password(USER)
            .connectionTimeoutMs(1000)
            .socketTimeoutMs(5000)
            .retry(0, 0)
            .build()) {
      s.open();
      int dataNodes = 0;
      int configNodes = 0;
      try (SessionDataSet rows = s.executeQueryStatement("show cluster")) {
        while (rows.next()) {
          if (!"Running".equals(rows.getString("Status"))) {
            return false;
          }
          if ("DataNode".equals(rows.getString("NodeType"))) {
            dataNodes++;
          } else if ("ConfigNode".equals(rows.getString("NodeType"))) {
            configNodes++;
          }
        }
      }
      return dataNodes == 1 && configNodes == 1;
    } catch (Exception e) {
      return false;
    }
  }

  /** Stops the 1C1D through stop-standalone.sh (killing what is left after the bound). */
  @Override
  public void close() throws IOException, InterruptedException {
    if (started) {
      OptionalLong dn = dataNodePid();
      OptionalLong cn = configNodePid();
      Process stop =
          new ProcessBuilder("bash", home.resolve("sbin/stop-standalone.sh").toString())
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("stop-standalone.out").toFile())
              .start();
      if (!stop.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        stop.destroyForcibly();
        progress.println("stop-standalone.sh did not finish in time; killing the nodes");
      }
      killIfAlive(dn);
      killIfAlive(cn);
      started = false;
    }
    if (keep) {
      progress.println("installation kept at " + home);
    } else if (ownsHome) {
      deleteTree(home);
    }
  }

  private static void killIfAlive(OptionalLong pid) {
    if (pid.isPresent()) {
      ProcessHandle.of(pid.getAsLong()).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private static OptionalLong readPid(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).trim();
      return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int[] freePorts(int n) throws IOException {
    ServerSocket[] sockets = new ServerSocket[n];
    int[] out = new int[n];
    try {
      for (int i = 0; i < n; i++) {
        sockets[i] = new ServerSocket();
        sockets[i].setReuseAddress(false);
        sockets[i].bind(new InetSocketAddress("127.0.0.1", 0));
        out[i] = sockets[i].getLocalPort();
      }
    } finally {
      for (ServerSocket s : sockets) {
        if (s != null) {
          s.close();
        }
      }
    }
    return out;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
