package org.stratadb.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    List<Map<String, String>> leaders = configNodes.rowsWhere("Role", "Leader");
    assertEquals(1, leaders.size(), () -> "one leader expected: " + configNodes);
    NodeProcess leader =
        cluster.configNodeWithInternalPort(Integer.parseInt(leaders.get(0).get("InternalPort")));

    leader.kill9();

    Await.until(
        "show cluster to answer after the leader was killed",
        FAILOVER,
        () -> cluster.sql("show cluster"),
        r -> r.exitCode() == 0 && r.table().rows().size() == 4);
    Await.until(
        "create database to succeed after the leader was killed",
        FAILOVER,
        () -> cluster.sql("create database root.after_failover"),
        r -> r.exitCode() == 0 || r.output().contains("already"));
    ScriptResult databases = cluster.sql("show databases").assertSuccess();
    assertTrue(
        databases.table().column("Database").contains("root.after_failover"),
        () -> "show databases: " + databases);
  }
}
