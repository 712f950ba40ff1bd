package org.stratadb.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratadb.it.Await;
import org.stratadb.it.CliTable;
import org.stratadb.it.Cluster;
import org.stratadb.it.NodeProcess;
import org.stratadb.it.ProcessHarness;
import org.stratadb.it.ScriptResult;

/**
 * Issue 4's "done when" for the ConfigNode group: three ConfigNodes and one DataNode started
 * through the scripts form one cluster; after {@code kill -9} of the ConfigNode leader, {@code show
 * cluster} still answers and the cluster accepts a new database.
 */
class ThreeConfigNodesIT {
  private static final Duration FAILOVER = Duration.ofSeconds(60);

  @RegisterExtension final ProcessHarness harness = new ProcessHarness();

  @Test
  void theClusterSurvivesKillingTheConfigNodeLeader() {
    Cluster cluster = harness.startCluster(3, 1);
    CliTable nodes = StandaloneIT.awaitAllRunning(cluster, 4);
    assertEquals(
        List.of("ConfigNode", "ConfigNode", "ConfigNode", "DataNode"),
        nodes.column("NodeType").stream().sorted().toList());

    CliTable configNodes = cluster.sql("show confignodes").assertSuccess().table();
    assertEquals(
        List.of("Follower", "Follower", "Leader"),
        configNodes.column("Role").stream().sorted().toList(),
        () -> "show confignodes: " + configNodes);
    List<Map<String, String>> leaders = configNodes.rowsWhere("Role", "Leader");
    NodeProcess leader =
        cluster.configNodeWithInternalPort(Integer.parseInt(leaders.get(0).get("InternalPort")));

    leader.kill9();

    // show cluster answers again, from a new leader, which soon hears from the three nodes left
    // (a new leader knows no statuses at first) and marks the killed node Unknown
    String killedId = leaders.get(0).get("NodeID");
    Await.until(
        "show cluster to answer: the killed leader Unknown, the three others Running",
        FAILOVER,
        () -> cluster.sql("show cluster"),
        r ->
            r.exitCode() == 0
                && r.table().rows().size() == 4
                && r.table().rows().stream()
                    .allMatch(
                        n ->
                            n.get("Status")
                                .equals(n.get("NodeID").equals(killedId) ? "Unknown" : "Running")));

    CliTable survivors =
        Await.until(
                "a new ConfigNode leader",
                FAILOVER,
                () -> cluster.sql("show confignodes"),
                r -> r.exitCode() == 0 && r.table().rowsWhere("Role", "Leader").size() == 1)
            .table();
    String newLeader = survivors.rowsWhere("Role", "Leader").get(0).get("NodeID");
    assertNotEquals(killedId, newLeader, () -> "show confignodes: " + survivors);

    Await.until(
        "create database to succeed after the leader was killed",
        FAILOVER,
        () -> cluster.sql("create database root.after"),
        r -> r.exitCode() == 0 || r.output().contains("already"));
    ScriptResult databases = cluster.sql("show databases").assertSuccess();
    assertTrue(
        databases.table().column("Database").contains("root.after"),
        () -> "show databases: " + databases);
    cluster.sql("insert into root.after.d1(time, s1) values (1, 42)").assertSuccess();
    CliTable data = cluster.sql("select s1 from root.after.d1").assertSuccess().table();
    assertEquals(List.of("42.0"), data.column("root.after.d1.s1"), () -> "rows: " + data);
  }
}
