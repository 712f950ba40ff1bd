package org.stratadb.it.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.it.scripts.ScriptTestSupport.assertContains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratadb.it.NodeHome;
import org.stratadb.it.NodeProcess;
import org.stratadb.it.Pids;
import org.stratadb.it.ProcessHarness;
import org.stratadb.it.Role;
import org.stratadb.it.ScriptResult;

/**
 * The whole life of nodes through the scripts (start in the background and in the foreground, a
 * refused second start, graceful and forced stops, a node that fails to start, destroy), with
 * stand-in nodes that keep the process contract: these test the scripts, not the nodes.
 */
class NodeLifecycleIT {
  private static final Duration READY = Duration.ofSeconds(60);

  @RegisterExtension final ProcessHarness harness = new ProcessHarness();

  @Test
  void standaloneStartsBothNodesAndStopStandaloneStopsBoth() throws IOException {
    NodeHome home = harness.standaloneHome(harness.fakeHome("node"));
    ScriptResult start = home.run("start-standalone.sh").assertSuccess();
    assertContains(start.stdout(), "StrataDB standalone is up", start);
    NodeProcess configNode = home.node(Role.CONFIGNODE).awaitReady(READY);
    NodeProcess dataNode = home.node(Role.DATANODE).awaitReady(READY);
    for (NodeProcess node : List.of(configNode, dataNode)) {
      assertTrue(Pids.commandLine(node.pid()).contains(node.role().mainClass()), node::toString);
      assertLaunchedAsDocumented(home, node.role());
    }

    ScriptResult again = home.run("start-standalone.sh").assertExit(1);
    assertContains(again.stderr(), "already running", again);

    ScriptResult stop = home.run("stop-standalone.sh").assertSuccess();
    String out = stop.stdout();
    assertTrue(
        out.indexOf("DataNode (pid " + dataNode.pid() + ") stopped")
            < out.indexOf("ConfigNode (pid " + configNode.pid() + ") stopped"),
        () -> "the DataNode stops first: " + stop);
    for (NodeProcess node : List.of(configNode, dataNode)) {
      assertFalse(node.isAlive(), node + " must be stopped");
      assertFalse(Files.exists(home.pidFile(node.role())), "pid file left: " + node);
      String log = Files.readString(node.role().logFile(home.logs()));
      assertTrue(log.contains("stopped gracefully"), () -> node + " was not stopped by SIGTERM");
    }
    home.run("stop-standalone.sh").assertExit(1);
  }

  @Test
  void foregroundStartRunsTheNodeInTheScriptsProcess() throws Exception {
    NodeHome home = harness.standaloneHome(harness.fakeHome("node"));
    Process script = home.launch("start-confignode.sh");
    NodeProcess node = awaitPidFile(home, Role.CONFIGNODE).awaitReady(READY);
    assertEquals(script.pid(), node.pid(), "the script execs the node: one process");

    home.run("stop-confignode.sh").assertSuccess();
    assertTrue(script.waitFor(10, TimeUnit.SECONDS), "the foreground node must end");
    assertEquals(0, script.exitValue(), "a node stopped by SIGTERM exits 0");
  }

  @Test
  void stopWaitsBoundedlyAndForceKills() {
    NodeHome home = harness.standaloneHome(harness.fakeHome("node"));
    home.set("fake_stop_delay_ms", 60_000);
    NodeProcess node = harness.start(home, Role.DATANODE);

    ScriptResult slow = home.run("stop-datanode.sh", "-t", "1").assertExit(3);
    assertContains(slow.stderr(), "still running after 1 s", slow);
    assertTrue(node.isAlive(), "still flushing");
    assertTrue(Files.exists(home.pidFile(Role.DATANODE)), "the pid file stays while it runs");

    ScriptResult forced = home.run("stop-datanode.sh", "-f").assertSuccess();
    assertContains(forced.stdout(), "SIGKILL", forced);
    assertFalse(node.isAlive());
    assertFalse(Files.exists(home.pidFile(Role.DATANODE)));
  }

  @Test
  void aNodeThatFailsToStartIsReportedWithItsError() {
    NodeHome home = harness.standaloneHome(harness.fakeHome("node"));
    home.set("fake_fail_startup", "datanode");
    ScriptResult run = home.run("start-datanode.sh", "-d").assertExit(1);
    assertContains(run.stderr(), "the DataNode exited during startup (exit code 1)", run);
    assertContains(run.stderr(), "refusing to start because fake_fail_startup", run);
    assertFalse(Files.exists(home.pidFile(Role.DATANODE)));

    ScriptResult standalone = home.run("start-standalone.sh").assertExit(1);
    assertContains(standalone.stderr(), "the DataNode exited during startup", standalone);
    assertTrue(home.node(Role.CONFIGNODE).isAlive(), "the ConfigNode started and stays");
  }

  @Test
  void memoryComesFromTheEnvScriptOrTheEnvironment() throws IOException {
    NodeHome home = harness.standaloneHome(harness.fakeHome("node"));
    home.env("DATANODE_MEMORY_SIZE", "2G");
    harness.start(home, Role.DATANODE);
    assertLaunchArgument(home, Role.DATANODE, "-Xmx1639m");
    assertLaunchArgument(home, Role.DATANODE, "-XX:MaxDirectMemorySize=409m");
    home.run("stop-datanode.sh").assertSuccess();

    Path envFile = home.conf().resolve("datanode-env.sh");
    Files.writeString(
        envFile, Files.readString(envFile).replace("MEMORY_SIZE=\"\"", "MEMORY_SIZE=\"1000M\""));
    home.env("DATANODE_MEMORY_SIZE", null);
    harness.start(home, Role.DATANODE);
    assertLaunchArgument(home, Role.DATANODE, "-Xmx800m");
    home.run("stop-datanode.sh").assertSuccess();

    home.env("DATANODE_MEMORY_SIZE", "lots");
    ScriptResult bad = home.run("start-datanode.sh", "-d").assertExit(1);
    assertContains(bad.stderr(), "MEMORY_SIZE=lots is not a size", bad);
  }

  @Test
  void destroyAllKillsRunningNodesAndDeletesTheirData() {
    NodeHome home = harness.standaloneHome(harness.fakeHome("node"));
    home.run("start-standalone.sh").assertSuccess();
    NodeProcess configNode = home.node(Role.CONFIGNODE);
    NodeProcess dataNode = home.node(Role.DATANODE);

    home.run("destroy-all.sh", "-f").assertSuccess();
    assertTrue(configNode.awaitExit(Duration.ofSeconds(5)) && dataNode.awaitExit(Duration.ZERO));
    assertFalse(Files.exists(home.dir().resolve("data")), "data/ must be gone");
    assertFalse(Files.exists(Role.DATANODE.logFile(home.logs())), "the logs must be gone");
  }

  private static NodeProcess awaitPidFile(NodeHome home, Role role) {
    long deadline = System.nanoTime() + READY.toNanos();
    while (home.pid(role).isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "no pid file " + home.pidFile(role));
      sleep(50);
    }
    return home.node(role);
  }

  /** The node got the locations and options that the scripts promise. */
  private static void assertLaunchedAsDocumented(NodeHome home, Role role) throws IOException {
    assertLaunchArgument(home, role, "-DIOTDB_HOME=" + home.dir());
    assertLaunchArgument(home, role, "-DIOTDB_CONF=" + home.conf());
    assertLaunchArgument(home, role, "-DIOTDB_LOG_DIR=" + home.logs());
    assertLaunchArgument(
        home,
        role,
        "-Dlogback.configurationFile=" + home.conf().resolve("logback-" + role.id() + ".xml"));
    assertLaunchArgument(home, role, role.id().equals("datanode") ? "-Xmx820m" : "-Xmx384m");
  }

  private static void assertLaunchArgument(NodeHome home, Role role, String argument)
      throws IOException {
    List<String> launch =
        Files.readAllLines(home.dir().resolve("fake-" + role.id() + "-launch.txt"));
    assertTrue(launch.contains(argument), () -> argument + " not among " + launch);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
