package org.stratadb.it.scripts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.it.scripts.ScriptTestSupport.assertContains;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.it.NodeHome;
import org.stratadb.it.ProcessHarness;
import org.stratadb.it.Role;
import org.stratadb.it.ScriptResult;

/**
 * The start scripts refuse to start, with a message naming the cause and a non-zero exit, when Java
 * is missing or too old, when a port of the node is taken, and when the node already runs. None of
 * these needs a working node: each refusal comes before one would be launched.
 */
class StartRefusalsIT {
  private static final List<String> STARTERS =
      List.of("start-confignode.sh", "start-datanode.sh", "start-standalone.sh", "start-cli.sh");

  @RegisterExtension final ProcessHarness harness = new ProcessHarness();

  @Test
  void everyStarterRefusesWithoutJava() {
    NodeHome home = harness.standaloneHome(harness.home("node"));
    Path path = ScriptTestSupport.pathWithoutJava(harness.testDir().resolve("path-without-java"));
    home.env("JAVA_HOME", null).env("PATH", path.toString());
    for (String script : STARTERS) {
      ScriptResult run = start(home, script).assertExit(1);
      assertContains(run.stderr(), "Java 17 or newer is required", run);
      assertContains(run.stderr(), "no java was found", run);
    }
    assertNoNodeLaunched(home);
  }

  @Test
  void javaHomeWithoutJavaIsNamed() throws IOException {
    NodeHome home = harness.standaloneHome(harness.home("node"));
    Path emptyJdk = Files.createDirectories(harness.testDir().resolve("empty-jdk"));
    home.env("JAVA_HOME", emptyJdk.toString());
    ScriptResult run = home.run("start-datanode.sh", "-d").assertExit(1);
    assertContains(run.stderr(), "Java 17 or newer is required", run);
    assertContains(run.stderr(), "JAVA_HOME (" + emptyJdk + ") has no bin/java", run);
    assertNoNodeLaunched(home);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.8.0_292", "11.0.22"})
  void javaOlderThan17IsRefused(String version) {
    NodeHome home = harness.standaloneHome(harness.home("node"));
    Path oldJdk =
        ScriptTestSupport.javaHomeOfVersion(harness.testDir().resolve("old-jdk"), version);
    home.env("JAVA_HOME", oldJdk.toString());
    for (String script : STARTERS) {
      ScriptResult run = start(home, script).assertExit(1);
      assertContains(run.stderr(), "Java 17 or newer is required", run);
      assertContains(run.stderr(), "is Java " + version, run);
    }
    assertNoNodeLaunched(home);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cn_internal_port",
        "cn_consensus_port",
        "dn_rpc_port",
        "dn_internal_port",
        "dn_mpp_data_exchange_port",
        "dn_schema_region_consensus_port",
        "dn_data_region_consensus_port"
      })
  void busyPortIsRefusedNamingItsKey(String key) throws IOException {
    NodeHome home = harness.standaloneHome(harness.home("node"));
    Role role = key.startsWith("cn_") ? Role.CONFIGNODE : Role.DATANODE;
    int port = home.port(key);
    try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      ScriptResult run = home.run(role.startScript(), "-d").assertExit(1);
      assertContains(run.stderr(), "port " + port + " (" + key + ", from ", run);
      assertContains(run.stderr(), "iotdb-system.properties) is already in use", run);
      assertContains(run.stderr(), "cannot start the " + role.displayName(), run);
    }
    assertNoNodeLaunched(home);
  }

  @Test
  void aPortGivenToTwoKeysIsRefused() {
    NodeHome home = harness.standaloneHome(harness.home("node"));
    home.set("dn_mpp_data_exchange_port", home.property("dn_rpc_port"));
    ScriptResult run = home.run("start-datanode.sh", "-d").assertExit(1);
    assertContains(
        run.stderr(),
        "port "
            + home.property("dn_rpc_port")
            + " is set for both dn_rpc_port and"
            + " dn_mpp_data_exchange_port",
        run);
    assertNoNodeLaunched(home);
  }

  @Test
  void busyPortSetInTheLegacyFileNamesThatFile() throws IOException {
    NodeHome home = harness.home("node");
    int port = harness.freePorts(1)[0];
    Path legacy = home.conf().resolve("iotdb-datanode.properties");
    Files.writeString(
        legacy, Files.readString(legacy).replace("dn_rpc_port=6667", "dn_rpc_port=" + port));
    try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      ScriptResult run = home.run("start-datanode.sh", "-d").assertExit(1);
      assertContains(run.stderr(), "port " + port + " (dn_rpc_port, from " + legacy + ")", run);
    }
  }

  @Test
  void secondStartIsRefusedWhileThePidFileNamesALiveNode() throws Exception {
    NodeHome home = harness.standaloneHome(harness.home("node"));
    for (Role role : Role.values()) {
      Process running = ScriptTestSupport.decoy(harness, role.mainClass());
      Files.createDirectories(home.pidFile(role).getParent());
      Files.writeString(home.pidFile(role), running.pid() + "\n");

      ScriptResult run = home.run(role.startScript(), "-d").assertExit(1);
      assertContains(run.stderr(), "already running (pid " + running.pid(), run);
      assertTrue(running.isAlive(), "the running node must be left alone");
      assertTrue(Files.readString(home.pidFile(role)).contains(Long.toString(running.pid())));
    }
    ScriptResult run = home.run("start-standalone.sh").assertExit(1);
    assertContains(run.stderr(), "already running", run);
  }

  @Test
  void badArgumentsAreUsageErrors() {
    NodeHome home = harness.home("node");
    for (String script :
        List.of("start-confignode.sh", "start-datanode.sh", "start-standalone.sh")) {
      ScriptResult run = home.run(script, "--no-such-flag").assertExit(2);
      assertContains(run.stderr(), "unknown argument \"--no-such-flag\"", run);
      assertContains(home.run(script, "-h").assertSuccess().stdout(), "Usage:", run);
    }
    ScriptResult missing = home.run("start-datanode.sh", "-c").assertExit(2);
    assertContains(missing.stderr(), "option -c needs a value", missing);
    ScriptResult version = home.run("start-datanode.sh", "-v").assertSuccess();
    assertContains(version.stdout(), "StrataDB DataNode 0.", version);
    ScriptResult noConf = home.run("start-datanode.sh", "-d", "-c", "/no/such/conf").assertExit(1);
    assertContains(noConf.stderr(), "configuration directory /no/such/conf does not exist", noConf);
  }

  /** Runs a starter the way a user would, in the background where it has the choice. */
  private static ScriptResult start(NodeHome home, String script) {
    return switch (script) {
      case "start-cli.sh" -> home.run(script, "-e", "show cluster");
      case "start-standalone.sh" -> home.run(script, "-t", "5");
      default -> home.run(script, "-d");
    };
  }

  private static void assertNoNodeLaunched(NodeHome home) {
    for (Role role : Role.values()) {
      assertFalse(Files.exists(home.pidFile(role)), () -> "unexpected " + home.pidFile(role));
      Path stderr = home.logs().resolve(role.id() + "-stderr.log");
      assertFalse(Files.exists(stderr), () -> "a JVM was launched: " + stderr);
    }
  }
}
