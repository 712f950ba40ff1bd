package org.stratadb.it.mini;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A DataNode brought back with the same directories and ports is the same node: same id, no new
 * registration, all its data, and it takes new writes. The same holds for the whole cluster.
 */
class DataNodeRestartIT {
  private static final Duration SETTLE = Duration.ofSeconds(30);
  private static final List<List<String>> WRITTEN =
      List.of(List.of("1", "1.5"), List.of("2", "2.5"), List.of("3", "3.5"));

  @ParameterizedTest(name = "after {0}")
  @ValueSource(strings = {"stop", "kill"})
  void aDataNodeComesBackWithItsIdAndData(String how) {
    try (MiniCluster cluster =
        MiniCluster.builder().name("DataNodeRestartIT-" + how).build().start()) {
      MiniDataNode dn = cluster.dataNode(0);
      write(cluster);
      int id = dn.nodeId();

      if (how.equals("kill")) {
        dn.kill();
      } else {
        dn.stop();
      }
      dn.start();

      assertEquals(id, dn.nodeId(), "the restarted DataNode's id");
      SqlTable nodes = cluster.awaitAllRunning(2, SETTLE);
      assertEquals(id, MiniClusterIT.idOf(nodes, "DataNode"), () -> "show cluster:\n" + nodes);
      assertEquals(WRITTEN, read(cluster));
      cluster.execute("insert into root.restart.d1(time, s1) values (4, 4.5)");
      assertEquals(4, read(cluster).size(), "a write after the restart");
    }
  }

  @Test
  void theWholeClusterComesBackWithItsIdsAndData() {
    try (MiniCluster cluster =
        MiniCluster.builder().name("DataNodeRestartIT-cluster").build().start()) {
      write(cluster);
      int cnId = cluster.configNode(0).nodeId();
      int dnId = cluster.dataNode(0).nodeId();

      cluster.dataNode(0).stop();
      cluster.configNode(0).stop();
      cluster.configNode(0).start();
      cluster.dataNode(0).start();

      SqlTable nodes = cluster.awaitAllRunning(2, SETTLE);
      assertEquals(cnId, MiniClusterIT.idOf(nodes, "ConfigNode"), nodes::toString);
      assertEquals(dnId, MiniClusterIT.idOf(nodes, "DataNode"), nodes::toString);
      assertEquals(WRITTEN, read(cluster));
      cluster.execute("create database root.later");
      assertEquals(
          List.of("root.later", "root.restart"),
          cluster.query("show databases").column("Database").stream().sorted().toList());
    }
  }

  private static void write(MiniCluster cluster) {
    cluster.execute("create database root.restart");
    for (List<String> row : WRITTEN) {
      cluster.execute(
          "insert into root.restart.d1(time, s1) values (" + row.get(0) + ", " + row.get(1) + ")");
    }
    assertEquals(WRITTEN, read(cluster));
  }

  private static List<List<String>> read(MiniCluster cluster) {
    return cluster.query("select s1 from root.restart.d1").rows();
  }
}
