package org.stratadb.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * every node id and all data. One 1C1D serves the class; the restart test runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneIT {
  private static final Duration SETTLE = Duration.ofSeconds(60);
  private static final int ROWS = 200;

  @RegisterExtension static final ProcessHarness HARNESS = new ProcessHarness();

  private static Cluster cluster;

  @BeforeAll
  static void startStandalone() {
    cluster = HARNESS.startStandalone();
  }

  @Test
  @Order(1)
  void showClusterListsOneConfigNodeAndOneDataNodeRunning() {
    CliTable table = awaitAllRunning(cluster, 2);
    assertEquals(
        List.of(
            "NodeID",
            "NodeType",
            "Status",
            "InternalAddress",
            "InternalPort",
            "Version",
            "BuildInfo"),
        table.header(),
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
    assertEquals(List.of("127.0.0.1", "127.0.0.1"), table.column("InternalAddress"));
  }

  @Test
  @Order(2)
  void stopStandaloneStopsBothAndARestartKeepsNodeIdsAndData() {
    NodeHome home = cluster.configNodes().get(0).home();
    cluster.sql("create database root.it").assertSuccess();
    cluster.sql("create timeseries root.it.d1.n with datatype=INT64").assertSuccess();
    // half the rows flushed to files, half only in the memtable and WAL when the stop comes
    cluster.sql(insert(0, ROWS / 2)).assertSuccess();
    cluster.sql("flush").assertSuccess();
    cluster.sql(insert(ROWS / 2, ROWS)).assertSuccess();
    CliTable before = selectAll(cluster);
    assertEquals(expectedRows(), rowsOf(before), "rows before the stop");
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
    assertEquals(expectedRows(), rowsOf(selectAll(restarted)), "rows after the restart");
    CliTable series = restarted.sql("show timeseries root.it.**").assertSuccess().table();
    assertEquals(
        List.of("root.it.d1.n:INT64", "root.it.d1.t:TEXT", "root.it.d1.x:DOUBLE"),
        series.rows().stream()
            .map(r -> r.get("Timeseries") + ":" + r.get("DataType"))
            .sorted()
            .toList(),
        () -> "show timeseries: " + series);
    cluster = restarted;
  }

  /** One INSERT of rows {@code from} (inclusive) to {@code to} (exclusive). */
  private static String insert(int from, int to) {
    return "insert into root.it.d1(time, n, x, t) values "
        + IntStream.range(from, to)
            .mapToObj(i -> "(" + (i + 1) + ", " + n(i) + ", " + x(i) + ", '" + t(i) + "')")
            .collect(Collectors.joining(", "));
  }

  private static long n(int i) {
    return i * 1_000_003L;
  }

  private static double x(int i) {
    return i + 0.5;
  }

  private static String t(int i) {
    return "row " + i;
  }

  private static CliTable selectAll(Cluster c) {
    return c.sql("select n, x, t from root.it.d1").assertSuccess().table();
  }

  private static List<String> expectedRows() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(n(i) + "|" + x(i) + "|" + t(i));
    }
    return rows;
  }

  private static List<String> rowsOf(CliTable table) {
    return table.rows().stream()
        .map(r -> r.get("root.it.d1.n") + "|" + r.get("root.it.d1.x") + "|" + r.get("root.it.d1.t"))
        .toList();
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
