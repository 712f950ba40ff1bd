package org.stratadb.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Runs StrataDB the way a user does, from the distribution's scripts, for one test at a time.
 * Register it on an instance field:
 *
 * <pre>{@code
 * @RegisterExtension final ProcessHarness harness = new ProcessHarness();
 *
 * @Test
 * void showCluster() {
 *   Cluster cluster = harness.startStandalone();       // sbin/start-standalone.sh, 1C1D
 *   ScriptResult result = cluster.sql("show cluster");  // sbin/start-cli.sh -e ...
 * }
 * }</pre>
 *
 * <p>Each test gets {@code target/it/<TestClass>/<test>/}, emptied first, holding one {@link
 * NodeHome} per installation it asks for, on free loopback ports. After the test every process it
 * started is stopped by pid (those in pid files and those it launched): SIGTERM, then SIGKILL after
 * {@link #STOP_GRACE}. When a test fails, its logs are copied to {@code
 * target/it-logs/<TestClass>/<test>/} and their ends printed.
 *
 * <p>Registered on a <em>static</em> field, the harness serves the whole class instead: homes under
 * {@code target/it/<TestClass>/shared/}, processes started in {@code @BeforeAll} (or by the first
 * test) shared by every test and stopped by pid after the last one; a failing test still gets the
 * logs as they are at that moment.
 */
public final class ProcessHarness
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        TestWatcher {
  /** How long a process gets to stop after SIGTERM at the end of a test. */
  public static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** How long a node may take to become ready. */
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final FreePorts ports = new FreePorts();
  private final List<NodeHome> homes = new ArrayList<>();
  private ProcessTracker tracker = new ProcessTracker();
  private Distribution distribution;
  private Path itRoot;
  private Path testDir;
  private String testPath;
  private Thread shutdownHook;
  private boolean fakeNodes;
  private boolean classLevel;

  /**
   * Makes {@link #home} (and so {@link #startStandalone} and {@link #startCluster}) install
   * stand-in nodes instead of the distribution's: for tests of the harness and the scripts.
   */
  public ProcessHarness withFakeNodes() {
    fakeNodes = true;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    classLevel = true;
    setUp(context.getRequiredTestClass().getSimpleName() + "/shared");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      // a failure in @BeforeAll or @AfterAll, which no test's testFailed reports
      keepEvidence(context.getRequiredTestClass().getSimpleName() + "/class");
    }
    tearDown();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    if (!classLevel) {
      setUp(context.getRequiredTestClass().getSimpleName() + "/" + testName(context));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!classLevel) {
      tearDown();
    }
  }

  private void setUp(String path) throws IOException {
    distribution = Distribution.locate();
    itRoot = Path.of(System.getProperty("stratadb.it.dir", "target/it")).toAbsolutePath();
    testPath = path;
    testDir = itRoot.resolve(testPath);
    NodeHome.deleteRecursively(testDir);
    Files.createDirectories(testDir);
    homes.clear();
    tracker = new ProcessTracker();
    ProcessTracker forHook = tracker;
    shutdownHook = new Thread(() -> forHook.stopAll(Duration.ofSeconds(5)), "it-process-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  private void tearDown() {
    homes.forEach(NodeHome::trackPidFiles);
    List<String> notes = tracker.stopAll(STOP_GRACE);
    notes.forEach(n -> System.err.println("[it] " + testPath + ": " + n));
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook runs anyway
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    keepEvidence(
        classLevel
            ? context.getRequiredTestClass().getSimpleName() + "/" + testName(context)
            : testPath);
  }

  /** Copies each home's logs to {@code target/it-logs/<keptPath>/} and prints their ends. */
  private void keepEvidence(String keptPath) {
    if (testDir == null) {
      return;
    }
    Path kept =
        Path.of(System.getProperty("stratadb.it.logs", "target/it-logs"))
            .toAbsolutePath()
            .resolve(keptPath);
    StringBuilder report = new StringBuilder();
    report.append("[it] ").append(keptPath).append(" failed; node homes in ").append(testDir);
    try {
      NodeHome.deleteRecursively(kept);
      for (NodeHome home : homes) {
        home.copyEvidenceTo(kept.resolve(home.name()));
      }
      report.append(", logs copied to ").append(kept).append('\n');
      appendTails(report, kept);
    } catch (IOException | UncheckedIOException e) {
      report.append(" (copying the logs failed: ").append(e).append(")\n");
    }
    System.err.print(report);
  }

  /** The distribution the nodes run from. */
  public Distribution distribution() {
    return distribution;
  }

  /** This test's directory, {@code target/it/<TestClass>/<test>/}. */
  public Path testDir() {
    return testDir;
  }

  /** {@code count} distinct free loopback ports. */
  public int[] freePorts(int count) {
    return ports.take(count);
  }

  /** A new installation of the distribution, with the shipped configuration. */
  public NodeHome home(String name) {
    return fakeNodes ? fakeHome(name) : addHome(name, distribution.lib());
  }

  /**
   * A new installation whose lib/ holds only stand-in nodes (see {@code FakeNodes}): the scripts
   * run for real, the nodes only keep the process contract. For tests of the scripts themselves.
   */
  public NodeHome fakeHome(String name) {
    return addHome(name, FakeNodes.lib(itRoot));
  }

  /** An installation configured as 1C1D on free ports: a ConfigNode and a DataNode. */
  public NodeHome standaloneHome(NodeHome home) {
    int[] cn = freePorts(2);
    String seed = "127.0.0.1:" + cn[0];
    configureConfigNode(home, cn, seed);
    configureDataNode(home, freePorts(5), seed);
    return home;
  }

  /**
   * Starts 1C1D with {@code sbin/start-standalone.sh} in a new home "standalone" and waits until
   * both nodes are ready.
   */
  public Cluster startStandalone() {
    return startStandalone(home -> {});
  }

  /**
   * Like {@link #startStandalone()}, letting {@code configure} change the home (settings,
   * environment) before the nodes start.
   */
  public Cluster startStandalone(Consumer<NodeHome> configure) {
    NodeHome home = standaloneHome(home("standalone"));
    configure.accept(home);
    home.run("start-standalone.sh").assertSuccess();
    NodeProcess configNode = home.node(Role.CONFIGNODE).awaitReady(READY_TIMEOUT);
    NodeProcess dataNode = home.node(Role.DATANODE).awaitReady(READY_TIMEOUT);
    return new Cluster(List.of(configNode), List.of(dataNode));
  }

  /**
   * Starts {@code configNodes} ConfigNodes and then {@code dataNodes} DataNodes, one home each
   * ("cn1", ..., "dn1", ...), each with {@code start-<role>.sh -d} and waiting until it is ready.
   * The first ConfigNode is the seed; the others and the DataNodes join through it.
   */
  public Cluster startCluster(int configNodes, int dataNodes) {
    List<NodeHome> cnHomes = new ArrayList<>();
    for (int i = 1; i <= configNodes; i++) {
      cnHomes.add(home("cn" + i));
    }
    List<NodeHome> dnHomes = new ArrayList<>();
    for (int i = 1; i <= dataNodes; i++) {
      dnHomes.add(home("dn" + i));
    }
    String seed = null;
    for (NodeHome home : cnHomes) {
      int[] cn = freePorts(2);
      seed = seed == null ? "127.0.0.1:" + cn[0] : seed;
      configureConfigNode(home, cn, seed);
    }
    for (NodeHome home : dnHomes) {
      configureDataNode(home, freePorts(5), seed);
    }
    List<NodeProcess> started = new ArrayList<>();
    for (NodeHome home : cnHomes) {
      started.add(start(home, Role.CONFIGNODE));
    }
    List<NodeProcess> dns = new ArrayList<>();
    for (NodeHome home : dnHomes) {
      dns.add(start(home, Role.DATANODE));
    }
    return new Cluster(started, dns);
  }

  /** Runs {@code start-<role>.sh -d} in {@code home} and waits until the node is ready. */
  public NodeProcess start(NodeHome home, Role role) {
    home.run(role.startScript(), "-d").assertSuccess();
    return home.node(role).awaitReady(READY_TIMEOUT);
  }

  /** Has the harness stop {@code pid} at the end of the test (if it still runs). */
  public void track(long pid, String label) {
    tracker.track(pid, label);
  }

  /** Sets a ConfigNode's address, ports {@code cn[0]} (internal) and {@code cn[1]} and seed. */
  public static void configureConfigNode(NodeHome home, int[] cn, String seed) {
    home.set("cn_internal_address", "127.0.0.1")
        .set("cn_internal_port", cn[0])
        .set("cn_consensus_port", cn[1])
        .set("cn_seed_config_node", seed);
  }

  /** Sets a DataNode's addresses, its five ports in {@link Role#portKeys()} order and seeds. */
  public static void configureDataNode(NodeHome home, int[] dn, String seeds) {
    home.set("dn_rpc_address", "127.0.0.1").set("dn_internal_address", "127.0.0.1");
    List<String> keys = Role.DATANODE.portKeys();
    for (int i = 0; i < keys.size(); i++) {
      home.set(keys.get(i), dn[i]);
    }
    home.set("dn_seed_config_node", seeds);
  }

  private NodeHome addHome(String name, Path lib) {
    if (testDir == null) {
      throw new IllegalStateException(
          "the harness is not set up: register it with @RegisterExtension");
    }
    NodeHome home = NodeHome.create(name, testDir.resolve(name), distribution, lib, tracker);
    homes.add(home);
    return home;
  }

  private static void appendTails(StringBuilder report, Path kept) throws IOException {
    if (!Files.isDirectory(kept)) {
      return;
    }
    try (Stream<Path> files = Files.walk(kept)) {
      for (Path file : files.filter(ProcessHarness::isErrorLog).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
          continue;
        }
        report.append("--- end of ").append(file).append('\n');
        lines
            .subList(Math.max(0, lines.size() - 20), lines.size())
            .forEach(l -> report.append(l).append('\n'));
      }
    }
  }

  private static boolean isErrorLog(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith("-stderr.log") || name.endsWith("_warn.log");
  }

  private static String testName(ExtensionContext context) {
    String method = context.getRequiredTestMethod().getName();
    String display = context.getDisplayName();
    if (display.equals(method + "()")) {
      return method;
    }
    String suffix = display.replaceAll("[^A-Za-z0-9._-]+", "_");
    return method + "-" + suffix.substring(0, Math.min(60, suffix.length()));
  }
}
