package org.stratadb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The harness itself, on stand-in nodes: it lays out homes on distinct free ports, starts 1C1D and
 * 3C1D through the scripts, finds node ids in the readiness lines, and runs the CLI with the
 * arguments intact.
 */
class HarnessIT {
  @RegisterExtension final ProcessHarness harness = new ProcessHarness().withFakeNodes();

  @Test
  void startsStandaloneAndRunsTheCliAgainstIt() {
    Cluster cluster = harness.startStandalone();
    NodeProcess configNode = cluster.configNodes().get(0);
    NodeProcess dataNode = cluster.dataNodes().get(0);
    assertEquals(0, configNode.nodeId().orElseThrow());
    assertEquals(1, dataNode.nodeId().orElseThrow());
    assertTrue(configNode.isAlive() && dataNode.isAlive());

    ScriptResult cli = cluster.sql("show cluster details").assertSuccess();
    NodeHome home = dataNode.home();
    assertEquals(
        List.of(
            "-h",
            "127.0.0.1",
            "-p",
            home.property("dn_rpc_port"),
            "-u",
            "root",
            "-pw",
            "root",
            "-e",
            "show cluster details"),
        cli.table().column("arg"),
        () -> "start-cli.sh must pass its arguments unchanged: " + cli);
    assertTrue(cli.stdout().contains("IOTDB_HOME=" + home.dir()), cli::toString);
  }

  @Test
  void startsThreeConfigNodesAndADataNodeOnDistinctPorts() {
    Cluster cluster = harness.startCluster(3, 1);
    assertEquals(3, cluster.configNodes().size());
    assertEquals(1, cluster.dataNodes().size());
    List<NodeProcess> all =
        Stream.concat(cluster.configNodes().stream(), cluster.dataNodes().stream()).toList();
    Set<Integer> ports = new HashSet<>();
    int expected = 0;
    for (NodeProcess node : all) {
      assertTrue(node.isAlive(), node::toString);
      for (String key : node.role().portKeys()) {
        ports.add(node.port(key));
        expected++;
      }
    }
    assertEquals(expected, ports.size(), "every node has its own ports");
    String seed = "127.0.0.1:" + cluster.configNodes().get(0).port("cn_internal_port");
    for (NodeProcess node : cluster.configNodes()) {
      assertEquals(seed, node.home().property("cn_seed_config_node"));
    }
    assertEquals(seed, cluster.dataNodes().get(0).home().property("dn_seed_config_node"));

    NodeProcess leader =
        cluster.configNodeWithInternalPort(cluster.configNodes().get(1).mainPort());
    leader.kill9();
    assertFalse(leader.isAlive());
    assertTrue(cluster.configNodes().get(0).isAlive());
  }
}
