package org.stratadb.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One installation of StrataDB for a test: a directory whose {@code sbin/}, {@code lib/} and {@code
 * tools/} link to the distribution's, with its own copy of {@code conf/} and its own {@code data/}
 * and {@code logs/}. Settings the test makes go to {@code conf/iotdb-system.properties}, which
 * overrides the shipped files. Scripts run with a bounded wait; their output is kept in {@code
 * script-output/}; the pids in the home's pid files are handed to the harness after every run.
 */
public final class NodeHome {
  /**
   * How long a script may run before the test fails: generous, for a loaded machine; a script run
   * takes seconds.
   */
  public static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(300);

  /**
   * Memory of the nodes the harness starts, small enough for several on one machine, and the wait
   * of start-standalone.sh for each node, long enough for a loaded machine.
   */
  private static final Map<String, String> DEFAULT_ENV =
      Map.of(
          "CONFIGNODE_MEMORY_SIZE", "512M",
          "DATANODE_MEMORY_SIZE", "1G",
          "IOTDB_START_TIMEOUT", "120");

  /** Variables of the calling environment that would change where or how the scripts run. */
  private static final List<String> CLEARED_ENV =
      List.of(
          "IOTDB_HOME",
          "IOTDB_CONF",
          "IOTDB_LOG_DIR",
          "IOTDB_JMX_OPTS",
          "IOTDB_JVM_OPTS",
          "IOTDB_CLI_OPTS",
          "IOTDB_STOP_TIMEOUT",
          "CONFIGNODE_ON_HEAP_MEMORY",
          "CONFIGNODE_OFF_HEAP_MEMORY",
          "DATANODE_ON_HEAP_MEMORY",
          "DATANODE_OFF_HEAP_MEMORY");

  /** bash, found on this JVM's PATH once, so that a test may give the scripts another PATH. */
  static final String BASH = onPath("bash");

  private final String name;
  private final Path dir;
  private final ProcessTracker tracker;
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final Map<String, String> env = new HashMap<>();
  private final AtomicInteger runs = new AtomicInteger();

  private NodeHome(String name, Path dir, ProcessTracker tracker) {
    this.name = name;
    this.dir = dir;
    this.tracker = tracker;
  }

  /**
   * Lays out a home in {@code dir}.
   *
   * @param lib the directory lib/ links to: the distribution's, or one of stand-in jars
   */
  static NodeHome create(
      String name, Path dir, Distribution distribution, Path lib, ProcessTracker tracker) {
    try {
      Files.createDirectories(dir);
      Files.createSymbolicLink(dir.resolve("sbin"), distribution.sbin());
      Files.createSymbolicLink(dir.resolve("lib"), lib);
      if (Files.isDirectory(distribution.home().resolve("tools"))) {
        Files.createSymbolicLink(dir.resolve("tools"), distribution.home().resolve("tools"));
      }
      Path conf = Files.createDirectories(dir.resolve("conf"));
      try (Stream<Path> files = Files.list(distribution.conf())) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, conf.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out a node home in " + dir, e);
    }
    return new NodeHome(name, dir, tracker);
  }

  public String name() {
    return name;
  }

  public Path dir() {
    return dir;
  }

  public Path conf() {
    return dir.resolve("conf");
  }

  public Path logs() {
    return dir.resolve("logs");
  }

  /** Sets {@code key} in conf/iotdb-system.properties. */
  public NodeHome set(String key, Object value) {
    properties.put(key, String.valueOf(value));
    writeProperties();
    return this;
  }

  /** The value this test set for {@code key}; fails if it set none. */
  public String property(String key) {
    String value = properties.get(key);
    if (value == null) {
      throw new IllegalStateException(name + " has no setting " + key);
    }
    return value;
  }

  public int port(String key) {
    return Integer.parseInt(property(key));
  }

  /** Sets an environment variable for the scripts of this home; {@code null} unsets it. */
  public NodeHome env(String variable, String value) {
    env.put(variable, value);
    return this;
  }

  public Path pidFile(Role role) {
    return role.pidFile(dir);
  }

  public OptionalLong pid(Role role) {
    return Pids.read(pidFile(role));
  }

  /** The node of {@code role} that this home's pid file names; fails without one. */
  public NodeProcess node(Role role) {
    long pid =
        pid(role)
            .orElseThrow(() -> new AssertionError("no pid file " + pidFile(role) + " in " + name));
    tracker.track(pid, role.displayName() + " of " + name);
    return new NodeProcess(this, role, pid);
  }

  /** Runs {@code sbin/<script> args} and waits for it (at most {@link #SCRIPT_TIMEOUT}). */
  public ScriptResult run(String script, String... args) {
    return exec(null, SCRIPT_TIMEOUT, script, args);
  }

  /** Like {@link #run} with {@code input} on standard input (which is otherwise empty). */
  public ScriptResult runWithInput(String input, String script, String... args) {
    return exec(input, SCRIPT_TIMEOUT, script, args);
  }

  /** Starts {@code sbin/<script> args} without waiting for it; the harness stops it at the end. */
  public Process launch(String script, String... args) {
    try {
      Process process = builder(script, args).start();
      process.getOutputStream().close();
      tracker.track(process.pid(), script + " of " + name);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code sbin/start-cli.sh args}. */
  public ScriptResult cli(String... args) {
    return run("start-cli.sh", args);
  }

  /** Runs one statement with the CLI against this home's DataNode, as root. */
  public ScriptResult sql(String statement) {
    return cli(
        "-h",
        "127.0.0.1",
        "-p",
        property("dn_rpc_port"),
        "-u",
        "root",
        "-pw",
        "root",
        "-e",
        statement);
  }

  private ScriptResult exec(String input, Duration timeout, String script, String... args) {
    ProcessBuilder builder = builder(script, args);
    long start = System.nanoTime();
    try {
      Process process = builder.start();
      try (OutputStream stdin = process.getOutputStream()) {
        if (input != null) {
          stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
      }
      boolean done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      trackPidFiles();
      ScriptResult result =
          new ScriptResult(
              builder.command(),
              done ? process.exitValue() : -1,
              Files.readString(builder.redirectOutput().file().toPath()),
              Files.readString(builder.redirectError().file().toPath()),
              Duration.ofNanos(System.nanoTime() - start));
      if (!done) {
        throw new AssertionError("killed after " + timeout.toSeconds() + " s: " + result);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + script, e);
    }
  }

  private ProcessBuilder builder(String script, String... args) {
    List<String> command =
        new ArrayList<>(List.of(BASH, dir.resolve("sbin").resolve(script).toString()));
    command.addAll(List.of(args));
    Path output = dir.resolve("script-output");
    String base = String.format("%02d-%s", runs.incrementAndGet(), script.replace(".sh", ""));
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(output.resolve(base + ".out").toFile())
            .redirectError(output.resolve(base + ".err").toFile());
    Map<String, String> environment = builder.environment();
    CLEARED_ENV.forEach(environment::remove);
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.putAll(DEFAULT_ENV);
    env.forEach(
        (k, v) -> {
          if (v == null) {
            environment.remove(k);
          } else {
            environment.put(k, v);
          }
        });
    return builder;
  }

  /** Hands the pids in this home's pid files to the harness, which stops them at the end. */
  void trackPidFiles() {
    for (Role role : Role.values()) {
      pid(role).ifPresent(pid -> tracker.track(pid, role.displayName() + " of " + name));
    }
  }

  private void writeProperties() {
    StringBuilder text = new StringBuilder("# Written by the integration-test harness.\n");
    properties.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    try {
      Files.writeString(conf().resolve("iotdb-system.properties"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies what explains a failure (logs, script output, settings) to {@code target}. */
  void copyEvidenceTo(Path target) throws IOException {
    for (String part : List.of("logs", "script-output")) {
      copyTree(dir.resolve(part), target.resolve(part));
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("fake-")).toList()) {
        Files.createDirectories(target);
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path settings = conf().resolve("iotdb-system.properties");
    if (Files.isRegularFile(settings)) {
      Files.createDirectories(target);
      Files.copy(
          settings, target.resolve(settings.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = to.resolve(from.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Deletes {@code path} and everything under it; symbolic links are removed, not followed. */
  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static String onPath(String program) {
    for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toAbsolutePath().toString();
      }
    }
    return program;
  }

  @Override
  public String toString() {
    return name + " (" + dir + ")";
  }
}
