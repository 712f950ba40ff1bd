package org.stratadb.it.mini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Three ConfigNodes form one Ratis group; when its leader stops, another is elected, SQL that needs
 * the ConfigNodes ({@code show cluster}, {@code create database}) keeps working, and the old leader
 * rejoins under its own id.
 */
class ConfigNodeFailoverIT {
  private static final Duration SETTLE = Duration.ofSeconds(60);

  @Test
  void threeConfigNodesSurviveTheLossOfTheirLeader() {
    try (MiniCluster cluster =
        MiniCluster.builder()
            .name("ConfigNodeFailoverIT")
            .configNodes(3)
            .dataNodes(1)
            .build()
            .start()) {
      SqlTable nodes = cluster.awaitAllRunning(4, SETTLE);
      assertEquals(
          List.of("ConfigNode", "ConfigNode", "ConfigNode", "DataNode"),
          nodes.column("NodeType").stream().sorted().toList());
      Map<Integer, Integer> idsByPort = new TreeMap<>();
      cluster.configNodes().forEach(cn -> idsByPort.put(cn.internalPort(), cn.nodeId()));
      assertEquals(idsByPort, configNodeIdsByPort(nodes), () -> "show cluster:\n" + nodes);

      MiniConfigNode leader = cluster.leader();
      SqlTable configNodes = cluster.query("show confignodes");
      assertEquals(3, configNodes.rows().size(), configNodes::toString);
      assertTrue(
          configNodes.column("Status").stream().allMatch("Running"::equals), configNodes::toString);
      List<Map<String, String>> leaders = configNodes.rowsWhere("Role", "Leader");
      assertEquals(1, leaders.size(), () -> "one Leader expected:\n" + configNodes);
      assertEquals(
          Integer.toString(leader.internalPort()),
          leaders.get(0).get("InternalPort"),
          configNodes::toString);
      cluster.execute("create database root.before");

      leader.stop();
      MiniConfigNode next = cluster.leader();
      assertNotSame(leader, next, "a new leader is elected");

      SqlTable after =
          MiniCluster.await(
                  "show cluster to list the old leader Unknown",
                  SETTLE,
                  () -> cluster.sql("show cluster"),
                  r -> r.ok() && statusOf(r.table(), leader.nodeId()).equals("Unknown"))
              .table();
      assertEquals(4, after.rows().size(), after::toString);
      MiniCluster.await(
          "create database to succeed on the new leader",
          SETTLE,
          () -> cluster.sql("create database root.after"),
          r -> r.ok() || String.valueOf(r.error()).contains("already"));
      assertTrue(
          cluster
              .query("show databases")
              .column("Database")
              .containsAll(List.of("root.before", "root.after")));

      int oldId = leader.nodeId();
      leader.start();
      assertEquals(oldId, leader.nodeId(), "a restarted ConfigNode keeps its id");
      SqlTable rejoined = cluster.awaitAllRunning(4, SETTLE);
      assertEquals(idsByPort, configNodeIdsByPort(rejoined), rejoined::toString);
      assertEquals(1, cluster.query("show confignodes").rowsWhere("Role", "Leader").size());
    }
  }

  private static Map<Integer, Integer> configNodeIdsByPort(SqlTable showCluster) {
    Map<Integer, Integer> ids = new TreeMap<>();
    for (Map<String, String> row : showCluster.rowsWhere("NodeType", "ConfigNode")) {
      ids.put(Integer.parseInt(row.get("InternalPort")), Integer.parseInt(row.get("NodeID")));
    }
    return ids;
  }

  static String statusOf(SqlTable showCluster, int nodeId) {
    return showCluster.rowsWhere("NodeID", Integer.toString(nodeId)).stream()
        .map(r -> r.get("Status"))
        .findFirst()
        .orElse("absent");
  }
}
