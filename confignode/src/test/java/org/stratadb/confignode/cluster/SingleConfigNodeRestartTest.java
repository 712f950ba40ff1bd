package org.stratadb.confignode.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.thrift.TException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.confignode.ConfigNode;
import org.stratadb.confignode.ConfigNodeOptions;
import org.stratadb.confignode.conf.ConfigNodeConfig;
import org.stratadb.confignode.testing.Await;
import org.stratadb.confignode.testing.ConfigNodeClient;
import org.stratadb.confignode.testing.TestConfigs;
import org.stratadb.consensus.ConsensusFactory;
import org.stratadb.consensus.ratis.RatisTuning;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TGetDatabasesReq;

/** One ConfigNode on each real consensus it may run: its id and state survive a restart. */
class SingleConfigNodeRestartTest {
  private static final RatisTuning FAST =
      new RatisTuning(Duration.ofMillis(300), Duration.ofMillis(600), 64 * 1024, 8);

  @TempDir Path home;
  private ConfigNode node;

  private ConfigNode start(ConfigNodeConfig config) {
    node =
        new ConfigNode(
            config,
            ConfigNodeOptions.defaults()
                .withConsensus((p, s, r) -> ConsensusFactory.create(p, s, r, FAST))
                .withSnapshotEveryEntries(3));
    node.start();
    return node;
  }

  private static int databases(ConfigNode n) throws TException {
    try (ConfigNodeClient c = new ConfigNodeClient(n.config().internalPort())) {
      return c.rpc.getDatabases(new TGetDatabasesReq(List.of())).getDatabasesSize();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org.apache.iotdb.consensus.ratis.RatisConsensus",
        "org.apache.iotdb.consensus.simple.SimpleConsensus"
      })
  void idAndStateSurviveARestart(String protocol) throws TException {
    ConfigNodeConfig config =
        TestConfigs.seed(home, Map.of("config_node_consensus_protocol_class", protocol));
    ConfigNode first = start(config);
    try (ConfigNodeClient c = new ConfigNodeClient(config.internalPort())) {
      for (int i = 0; i < 5; i++) { // more commands than the snapshot interval
        assertEquals(200, c.rpc.setDatabase(new TDatabaseSchema("root.db" + i)).getCode());
      }
    }
    first.stop();
    Await.until(
        Duration.ofSeconds(10),
        "the stopped node's threads end",
        () ->
            Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("cn0-")));

    ConfigNode second = start(config);
    assertEquals(0, second.nodeId());
    assertEquals(5, databases(second));
    try (ConfigNodeClient c = new ConfigNodeClient(config.internalPort())) {
      assertEquals(200, c.rpc.setDatabase(new TDatabaseSchema("root.after")).getCode());
    }
    assertEquals(6, databases(second));
  }

  @AfterEach
  void stop() {
    if (node != null) {
      node.stop();
    }
  }
}
