package org.stratadb.confignode.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.thrift.TException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.confignode.ConfigNode;
import org.stratadb.confignode.ConfigNodeOptions;
import org.stratadb.confignode.ConfigNodeStartupException;
import org.stratadb.confignode.conf.ConfigNodeConfig;
import org.stratadb.confignode.system.SystemProperties;
import org.stratadb.confignode.testing.LocalConsensus;
import org.stratadb.confignode.testing.TestConfigs;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TGetDatabasesReq;

class LifecycleTest extends SingleConfigNodeTest {
  @TempDir Path other;

  private static ConfigNodeOptions options() {
    return ConfigNodeOptions.defaults()
        .withConsensus(LocalConsensus.provider())
        .withRegistration(3, java.time.Duration.ofMillis(50));
  }

  @Test
  void aRestartedConfigNodeKeepsItsIdAndState() throws TException {
    start(Map.of());
    int dn = register(dataNode());
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));
    assertTrue(Files.exists(home.resolve("system").resolve(SystemProperties.FILE)));

    restart();
    assertEquals(0, node.nodeId());
    assertEquals(1, client.rpc.getDatabases(new TGetDatabasesReq(List.of())).getDatabasesSize());
    assertEquals(dn, count(v -> v.dataNodes().iterator().next().getLocation().getDataNodeId()));
    assertEquals(2, register(dataNode()), "ids continue after a restart");
  }

  @Test
  void aBusyPortFailsTheStartWithOneClearLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> p = TestConfigs.properties(home, 0, Map.of());
      p.put("cn_internal_port", Integer.toString(taken.getLocalPort()));
      p.put("cn_seed_config_node", "127.0.0.1:" + taken.getLocalPort());
      ConfigNode n = new ConfigNode(TestConfigs.config(home, p), options());
      ConfigNodeStartupException e = assertThrows(ConfigNodeStartupException.class, n::start);
      assertTrue(
          e.getMessage().contains("cn_internal_port 127.0.0.1:" + taken.getLocalPort()),
          e.getMessage());
      assertTrue(e.getMessage().contains("already in use"), e.getMessage());
      assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
  }

  @Test
  void aBusyConsensusPortFailsTheStart() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> p = TestConfigs.properties(home, 0, Map.of());
      p.put("cn_consensus_port", Integer.toString(taken.getLocalPort()));
      ConfigNode n = new ConfigNode(TestConfigs.config(home, p), options());
      ConfigNodeStartupException e = assertThrows(ConfigNodeStartupException.class, n::start);
      assertTrue(e.getMessage().contains("cn_consensus_port"), e.getMessage());
    }
  }

  @Test
  void aConfigNodeOfAnotherClusterIsRefusedNamingTheSetting() throws TException {
    start(Map.of());
    Map<String, String> p =
        TestConfigs.properties(
            other, node.config().internalPort(), Map.of("cluster_name", "other"));
    ConfigNode joiner = new ConfigNode(TestConfigs.config(other, p), options());
    ConfigNodeStartupException e = assertThrows(ConfigNodeStartupException.class, joiner::start);
    assertTrue(
        e.getMessage().contains("cluster_name is other on this node but defaultCluster"),
        e.getMessage());
    assertTrue(Files.notExists(other.resolve("system").resolve(SystemProperties.FILE)));
    assertEquals(1, node.state().read(v -> v.nextNodeId()).intValue(), "no id was taken");
  }

  @Test
  void anUnreachableSeedFailsTheStartAfterBoundedRetries() {
    Map<String, String> p =
        TestConfigs.properties(other, org.stratadb.confignode.testing.Ports.free(), Map.of());
    ConfigNode joiner = new ConfigNode(TestConfigs.config(other, p), options());
    ConfigNodeStartupException e = assertThrows(ConfigNodeStartupException.class, joiner::start);
    assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
  }

  @Test
  void changedClusterSettingsAreRefusedOnRestart() throws TException {
    start(Map.of());
    ConfigNodeConfig config = node.config();
    client.close();
    client = null;
    node.stop();
    Map<String, String> p = new HashMap<>();
    p.put("cn_internal_address", "127.0.0.1");
    p.put("cn_internal_port", Integer.toString(config.internalPort()));
    p.put("cn_consensus_port", Integer.toString(config.consensusPort()));
    p.put("cn_seed_config_node", config.seedConfigNode().toString());
    p.put("cn_system_dir", config.systemDir().toString());
    p.put("cn_consensus_dir", config.consensusDir().toString());
    p.put("series_slot_num", "10");
    node = new ConfigNode(TestConfigs.config(home, p), options());
    ConfigNodeStartupException e = assertThrows(ConfigNodeStartupException.class, node::start);
    assertTrue(
        e.getMessage().contains("series_slot_num is 10 on this node but 1000"), e.getMessage());
  }
}
