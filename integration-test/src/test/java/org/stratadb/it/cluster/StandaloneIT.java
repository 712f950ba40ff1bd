package org.stratadb.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratadb.it.Await;
import org.stratadb.it.CliTable;
import org.stratadb.it.Cluster;
import org.stratadb.it.NodeHome;
import org.stratadb.it.NodeProcess;
import org.stratadb.it.ProcessHarness;
import org.stratadb.it.Role;
import org.stratadb.it.ScriptResult;

/**
 * Issue 4's first "done when": start-standalone.sh, then {@code start-cli.sh -e "show cluster"}
 * shows one ConfigNode and one DataNode Running; stop-standalone.sh stops both; a restart keeps
 * every node id and all data.
 */
class StandaloneIT {
  private static final Duration SETTLE = Duration.ofSeconds(60);

  @RegisterExtension final ProcessHarness harness = new ProcessHarness();

  @Test
  void showClusterListsOneConfigNodeAndOneDataNodeRunning() {
    Cluster cluster = harness.startStandalone();
    CliTable table = awaitAllRunning(cluster, 2);
    assertTrue(
        table.header().containsAll(List.of("NodeID", "NodeType", "Status", "InternalAddress")),
        () -> "show cluster columns: " + table.header());
    assertEquals(
        List.of("ConfigNode", "DataNode"), table.column("NodeType").stream().sorted().toList());
    NodeHome home = cluster.configNodes().get(0).home();
    assertEquals(
        List.of(home.property("cn_internal_port")),
        table.rowsWhere("NodeType", "ConfigNode").stream()
            .map(r -> r.get("InternalPort"))
            .toList());
    assertEquals(
        List.of(home.property("dn_internal_port")),
        table.rowsWhere("NodeType", "DataNode").stream().map(r -> r.get("InternalPort")).toList());
  }

  @Test
  void stopStandaloneStopsBothAndARestartKeepsNodeIdsAndData() {
    Cluster cluster = harness.startStandalone();
    NodeHome home = cluster.configNodes().get(0).home();
    cluster.sql("create database root.it").assertSuccess();
    cluster.sql("insert into root.it.d1(time, s1) values (1, 1.5)").assertSuccess();
    cluster.sql("insert into root.it.d1(time, s1) values (2, 2.5)").assertSuccess();
    Map<String, String> ids = nodeIds(awaitAllRunning(cluster, 2));

    home.run("stop-standalone.sh").assertSuccess();
    for (NodeProcess node : List.of(cluster.configNodes().get(0), cluster.dataNodes().get(0))) {
      assertTrue(node.awaitExit(Duration.ofSeconds(5)), () -> node + " must be stopped");
      assertFalse(Files.exists(home.pidFile(node.role())), () -> node + " left its pid file");
    }

    home.run("start-standalone.sh").assertSuccess();
    Cluster restarted =
        new Cluster(
            List.of(home.node(Role.CONFIGNODE).awaitReady(ProcessHarness.READY_TIMEOUT)),
            List.of(home.node(Role.DATANODE).awaitReady(ProcessHarness.READY_TIMEOUT)));
    assertEquals(ids, nodeIds(awaitAllRunning(restarted, 2)), "node ids after the restart");
    CliTable data = restarted.sql("select s1 from root.it.d1").assertSuccess().table();
    assertEquals(List.of("1.5", "2.5"), data.column("root.it.d1.s1"), () -> "rows: " + data);
  }

  /** Waits until {@code show cluster} lists {@code count} nodes, all Running. */
  static CliTable awaitAllRunning(Cluster cluster, int count) {
    ScriptResult result =
        Await.until(
            count + " nodes Running in show cluster",
            SETTLE,
            () -> cluster.sql("show cluster"),
            r -> {
              CliTable t = r.table();
              return r.exitCode() == 0
                  && t.rows().size() == count
                  && t.column("Status").stream().allMatch("Running"::equals);
            });
    return result.table();
  }

  /** NodeID by "NodeType:InternalPort". */
  static Map<String, String> nodeIds(CliTable table) {
    Map<String, String> ids = new TreeMap<>();
    table
        .rows()
        .forEach(r -> ids.put(r.get("NodeType") + ":" + r.get("InternalPort"), r.get("NodeID")));
    return ids;
  }
}
