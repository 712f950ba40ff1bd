package org.stratadb.it.mini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One ConfigNode and one DataNode in this JVM serve SQL end to end; closing the cluster frees every
 * port and ends every thread it started.
 */
class MiniClusterIT {
  private static final Duration SETTLE = Duration.ofSeconds(30);

  @Test
  void oneConfigNodeAndOneDataNodeCreateWriteAndReadBack() {
    try (MiniCluster cluster = MiniCluster.builder().name("MiniClusterIT-sql").build().start()) {
      MiniConfigNode cn = cluster.configNode(0);
      MiniDataNode dn = cluster.dataNode(0);
      assertTrue(cn.isLeader(), "the only ConfigNode leads");

      SqlTable nodes = cluster.awaitAllRunning(2, SETTLE);
      assertEquals(
          Map.of("ConfigNode", cn.nodeId(), "DataNode", dn.nodeId()),
          Map.of(
              "ConfigNode", idOf(nodes, "ConfigNode"),
              "DataNode", idOf(nodes, "DataNode")),
          () -> "show cluster:\n" + nodes);
      assertEquals(
          List.of(Integer.toString(cn.internalPort())),
          nodes.rowsWhere("NodeType", "ConfigNode").stream()
              .map(r -> r.get("InternalPort"))
              .toList());

      cluster.execute("create database root.mini");
      assertTrue(cluster.query("show databases").column("Database").contains("root.mini"));
      cluster.execute("create timeseries root.mini.d1.temperature with datatype=DOUBLE");
      cluster.execute("create timeseries root.mini.d1.status with datatype=TEXT");
      cluster.execute("insert into root.mini.d1(time, temperature, status) values (1, 20.5, 'ok')");
      cluster.execute(
          "insert into root.mini.d1(time, temperature, status) values (2, 21.0, 'warm')");
      cluster.execute("insert into root.mini.d1(time, temperature) values (3, -4.25)");

      SqlTable rows = cluster.query("select temperature, status from root.mini.d1");
      assertEquals(
          List.of("Time", "root.mini.d1.temperature", "root.mini.d1.status"), rows.header());
      assertEquals(
          List.of(
              List.of("1", "20.5", "ok"),
              List.of("2", "21.0", "warm"),
              Arrays.asList("3", "-4.25", null)),
          rows.rows());
      assertEquals(
          List.of("2"),
          cluster
              .query("select temperature from root.mini.d1 where temperature > 20.6")
              .rows()
              .stream()
              .map(r -> r.get(0))
              .toList());
    }
  }

  @Test
  void closeFreesEveryPortAndEndsEveryThread() throws IOException {
    MiniCluster cluster = MiniCluster.builder().name("MiniClusterIT-close").build().start();
    List<Integer> ports = new ArrayList<>();
    for (MiniConfigNode cn : cluster.configNodes()) {
      ports.addAll(List.of(cn.internalPort(), cn.consensusPort()));
    }
    for (MiniDataNode dn : cluster.dataNodes()) {
      ports.addAll(List.of(dn.rpcPort(), dn.internalPort()));
    }
    cluster.execute("create database root.closing");

    cluster.close(); // throws if a thread the cluster started outlives it

    for (MiniNode node : List.<MiniNode>of(cluster.configNode(0), cluster.dataNode(0))) {
      assertEquals(MiniNode.State.STOPPED, node.state(), node::toString);
    }
    for (int port : ports) {
      try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        assertEquals(port, s.getLocalPort());
      }
    }
  }

  @Test
  void aStartThatOverrunsItsBoundFailsAndLeavesNothingRunning() {
    try (MiniCluster cluster =
        MiniCluster.builder().name("MiniClusterIT-overrun").build().start()) {
      MiniDataNode dn = cluster.dataNode(0);
      dn.stop();
      cluster.configNode(0).stop();

      // With no ConfigNode to register with, the DataNode would retry for minutes.
      MiniClusterException e =
          assertThrows(MiniClusterException.class, () -> dn.start(Duration.ofSeconds(3)));
      assertTrue(e.getMessage().contains("did not finish within 3 s"), e::getMessage);
      assertEquals(MiniNode.State.FAILED, dn.state());
    } // close() fails the test if the abandoned start left a thread behind
  }

  static int idOf(SqlTable showCluster, String nodeType) {
    List<Map<String, String>> rows = showCluster.rowsWhere("NodeType", nodeType);
    assertEquals(1, rows.size(), () -> "one " + nodeType + " expected:\n" + showCluster);
    return Integer.parseInt(rows.get(0).get("NodeID"));
  }
}
