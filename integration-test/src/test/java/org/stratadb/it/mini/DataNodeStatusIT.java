package org.stratadb.it.mini;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The ConfigNode leader shows a DataNode Unknown once its heartbeats go unanswered and Running
 * again once it is back; the cluster is asked through the other DataNode.
 */
class DataNodeStatusIT {
  private static final Duration HEARTBEAT = Duration.ofMillis(200);
  private static final Duration SETTLE = Duration.ofSeconds(30);

  @Test
  void aStoppedDataNodeTurnsUnknownAndRunningAgainWhenItIsBack() {
    try (MiniCluster cluster =
        MiniCluster.builder()
            .name("DataNodeStatusIT")
            .dataNodes(2)
            .heartbeatInterval(HEARTBEAT)
            .build()
            .start()) {
      cluster.awaitAllRunning(3, SETTLE);
      MiniDataNode asker = cluster.dataNode(0);
      MiniDataNode lost = cluster.dataNode(1);
      int id = lost.nodeId();

      lost.stop();
      SqlTable unknown = awaitStatus(asker, id, "Unknown");
      assertEquals("Running", ConfigNodeFailoverIT.statusOf(unknown, asker.nodeId()), "the other");
      assertEquals(
          "Unknown",
          MiniCluster.sql(asker, "show datanodes")
              .orFail()
              .rowsWhere("NodeID", Integer.toString(id))
              .get(0)
              .get("Status"));

      lost.start();
      assertEquals(id, lost.nodeId());
      awaitStatus(asker, id, "Running");
      cluster.awaitAllRunning(3, SETTLE);
    }
  }

  private static SqlTable awaitStatus(MiniDataNode asker, int nodeId, String status) {
    return MiniCluster.await(
            "node " + nodeId + " " + status + " in show cluster",
            SETTLE,
            () -> MiniCluster.sql(asker, "show cluster"),
            r -> r.ok() && status.equals(ConfigNodeFailoverIT.statusOf(r.table(), nodeId)))
        .table();
  }
}
