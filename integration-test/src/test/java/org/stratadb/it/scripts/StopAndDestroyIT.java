package org.stratadb.it.scripts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.it.scripts.ScriptTestSupport.assertContains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratadb.it.NodeHome;
import org.stratadb.it.Pids;
import org.stratadb.it.ProcessHarness;
import org.stratadb.it.Role;
import org.stratadb.it.ScriptResult;

/**
 * Stop scripts signal only the process in the node's pid file, and only when it is that node;
 * destroy scripts ask first and delete exactly the node's directories and logs.
 */
class StopAndDestroyIT {
  @RegisterExtension final ProcessHarness harness = new ProcessHarness();

  @Test
  void stopWithoutPidFileSaysThereIsNothingToStop() {
    NodeHome home = harness.home("node");
    for (Role role : Role.values()) {
      ScriptResult run = home.run(role.stopScript()).assertExit(1);
      assertContains(run.stdout(), "No " + role.displayName() + " to stop", run);
      assertContains(run.stdout(), "no pid file " + home.pidFile(role), run);
    }
    home.run("stop-standalone.sh").assertExit(1);
  }

  @Test
  void stopSignalsTheNodeInThePidFile() throws Exception {
    NodeHome home = harness.home("node");
    for (Role role : Role.values()) {
      Process node = ScriptTestSupport.decoy(harness, role.mainClass());
      writePidFile(home, role, node.pid());
      ScriptResult run = home.run(role.stopScript()).assertSuccess();
      assertContains(run.stdout(), role.displayName() + " (pid " + node.pid() + ") stopped", run);
      assertTrue(Pids.awaitDeath(node.pid(), Duration.ofSeconds(5)), "the node must be gone");
      assertFalse(Files.exists(home.pidFile(role)), "the pid file must be removed");
    }
  }

  @Test
  void stopLeavesAProcessThatReusedThePidAlone() throws Exception {
    NodeHome home = harness.home("node");
    Process stranger = ScriptTestSupport.decoy(harness, "some-other-program");
    writePidFile(home, Role.DATANODE, stranger.pid());
    ScriptResult run = home.run("stop-datanode.sh").assertExit(1);
    assertContains(run.stdout(), "now belongs to another program, which is left alone", run);
    assertFalse(Files.exists(home.pidFile(Role.DATANODE)), "the stale pid file must be removed");
    assertFalse(
        stranger.waitFor(1, java.util.concurrent.TimeUnit.SECONDS), "must not be signalled");
  }

  @Test
  void stopWithAStalePidFileRemovesIt() throws Exception {
    NodeHome home = harness.home("node");
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    writePidFile(home, Role.CONFIGNODE, ended.pid());
    ScriptResult run = home.run("stop-confignode.sh").assertExit(1);
    assertContains(run.stdout(), "is not running (removed the stale pid file)", run);
    assertFalse(Files.exists(home.pidFile(Role.CONFIGNODE)));
  }

  @Test
  void stopRejectsABadTimeout() {
    ScriptResult run = harness.home("node").run("stop-datanode.sh", "-t", "soon").assertExit(2);
    assertContains(run.stderr(), "whole number of seconds", run);
  }

  @Test
  void destroyAsksFirstAndDeletesOnlyThatNode() throws IOException {
    NodeHome home = harness.home("node");
    Path elsewhere = harness.testDir().resolve("elsewhere-wal");
    home.set("dn_wal_dirs", elsewhere + ",data/datanode/wal2");
    List<Path> datanodeFiles =
        List.of(
            home.dir().resolve("data/datanode/system/node.properties"),
            home.dir().resolve("data/datanode/data/sequence/f.tsfile"),
            home.dir().resolve("data/datanode/consensus/log"),
            home.dir().resolve("data/datanode/wal2/_0.wal"),
            elsewhere.resolve("_0.wal"),
            home.logs().resolve("log_datanode_all.log"),
            home.logs().resolve("datanode-stderr.log"));
    List<Path> kept =
        List.of(
            home.dir().resolve("data/confignode/system/confignode.properties"),
            home.logs().resolve("log_confignode_all.log"));
    for (Path file : concat(datanodeFiles, kept)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x");
    }

    ScriptResult no = home.runWithInput("n\n", "destroy-datanode.sh").assertExit(1);
    assertContains(no.stdout(), "Nothing deleted", no);
    assertContains(no.stdout(), elsewhere.toString(), no);
    datanodeFiles.forEach(f -> assertTrue(Files.exists(f), () -> "deleted without consent: " + f));
    home.run("destroy-datanode.sh").assertExit(1);

    ScriptResult yes = home.runWithInput("y\n", "destroy-datanode.sh").assertSuccess();
    datanodeFiles.forEach(
        f -> assertFalse(Files.exists(f), () -> "not deleted: " + f + "\n" + yes));
    kept.forEach(f -> assertTrue(Files.exists(f), () -> "deleted another node's file: " + f));
    assertTrue(Files.isDirectory(home.dir().resolve("sbin")), "the installation must stay");
  }

  @Test
  void destroyAllWithForceDeletesBothNodes() throws IOException {
    NodeHome home = harness.home("node");
    for (String file :
        List.of(
            "data/datanode/wal/w", "data/confignode/consensus/c", "logs/log_confignode_all.log")) {
      Files.createDirectories(home.dir().resolve(file).getParent());
      Files.writeString(home.dir().resolve(file), "x");
    }
    home.run("destroy-all.sh").assertExit(1);
    home.run("destroy-all.sh", "-f").assertSuccess();
    assertFalse(Files.exists(home.dir().resolve("data")), "data/ must be gone");
    assertFalse(Files.exists(home.logs().resolve("log_confignode_all.log")));
    assertTrue(Files.isRegularFile(home.conf().resolve("iotdb-common.properties")));
  }

  @Test
  void destroyRefusesToDeleteTheInstallation() {
    NodeHome home = harness.home("node");
    home.set("dn_wal_dirs", home.dir().toString());
    home.set("dn_consensus_dir", "/");
    ScriptResult run = home.run("destroy-datanode.sh", "-f").assertExit(1);
    assertContains(run.stderr(), "refusing to delete " + home.dir(), run);
    assertContains(run.stderr(), "refusing to delete /", run);
    assertTrue(Files.isDirectory(home.dir().resolve("sbin")), "the installation must stay");
    assertTrue(Files.isDirectory(home.conf()), "the installation must stay");
  }

  private static void writePidFile(NodeHome home, Role role, long pid) throws IOException {
    Files.createDirectories(home.pidFile(role).getParent());
    Files.writeString(home.pidFile(role), pid + "\n");
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
