package org.stratadb.confignode.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.thrift.TException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.confignode.ConfigNode;
import org.stratadb.confignode.ConfigNodeOptions;
import org.stratadb.confignode.conf.ConfigNodeConfig;
import org.stratadb.confignode.service.ClusterParameters;
import org.stratadb.confignode.testing.Await;
import org.stratadb.confignode.testing.ConfigNodeClient;
import org.stratadb.confignode.testing.FakeDataNode;
import org.stratadb.confignode.testing.TestConfigs;
import org.stratadb.consensus.ConsensusFactory;
import org.stratadb.consensus.ratis.RatisTuning;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.confignode.TDataNodeRegisterReq;
import org.stratadb.protocol.confignode.TDataNodeRegisterResp;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TGetDatabasesReq;
import org.stratadb.protocol.confignode.TShowClusterResp;

/** Three ConfigNodes on RatisConsensus in one JVM: one seed, two joining. */
class ConfigNodeGroupTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final RatisTuning FAST =
      new RatisTuning(Duration.ofMillis(1000), Duration.ofMillis(2000), 64 * 1024, 8);

  @TempDir Path dir;
  private final List<ConfigNode> nodes = new ArrayList<>();
  private final List<FakeDataNode> dataNodes = new ArrayList<>();

  private static ConfigNodeOptions options() {
    return ConfigNodeOptions.defaults()
        .withConsensus((p, s, r) -> ConsensusFactory.create(p, s, r, FAST))
        .withSnapshotEveryEntries(3)
        .withRegistration(100, Duration.ofMillis(100));
  }

  private ConfigNode start(ConfigNodeConfig config) {
    ConfigNode n = new ConfigNode(config, options());
    nodes.add(n);
    n.start();
    return n;
  }

  private ConfigNodeConfig config(String name, int seedPort) {
    Path home = dir.resolve(name);
    return TestConfigs.config(home, TestConfigs.properties(home, seedPort, Map.of()));
  }

  private ConfigNode leader() {
    Await.until(BOUND, "a leader is elected", () -> live().stream().anyMatch(ConfigNode::isLeader));
    return live().stream().filter(ConfigNode::isLeader).findFirst().orElseThrow();
  }

  private List<ConfigNode> live() {
    return nodes.stream().filter(n -> n.nodeId() >= 0 && !stopped.contains(n)).toList();
  }

  private final List<ConfigNode> stopped = new ArrayList<>();

  private void kill(ConfigNode n) {
    stopped.add(n);
    n.stop();
  }

  private static TShowClusterResp showCluster(ConfigNode n) {
    try (ConfigNodeClient c = new ConfigNodeClient(n.config().internalPort())) {
      return c.rpc.showCluster();
    } catch (TException e) {
      throw new AssertionError(e);
    }
  }

  private static TSStatus setDatabase(ConfigNode n, String db) throws TException {
    try (ConfigNodeClient c = new ConfigNodeClient(n.config().internalPort())) {
      return c.rpc.setDatabase(new TDatabaseSchema(db));
    }
  }

  private static boolean allRunning(ConfigNode n, int expected) {
    TShowClusterResp r = showCluster(n);
    return r.getStatus().getCode() == 200
        && r.getNodeStatusSize() == expected
        && r.getNodeStatus().values().stream().allMatch(s -> s.getStatus().equals("Running"));
  }

  @Test
  void threeStartsFormOneGroupThatSurvivesItsLeaderAndRestarts() throws TException {
    ConfigNode seed = start(config("cn0", 0));
    int seedPort = seed.config().internalPort();
    ConfigNode second = start(config("cn1", seedPort));
    ConfigNode third = start(config("cn2", seedPort));
    assertEquals(List.of(0, 1, 2), List.of(seed.nodeId(), second.nodeId(), third.nodeId()));
    for (ConfigNode n : nodes) {
      Await.until(
          BOUND,
          "node " + n.nodeId() + " knows 3 ConfigNodes",
          () -> n.state().read(v -> v.configNodes().size()) == 3);
    }

    FakeDataNode dn = new FakeDataNode().start();
    dataNodes.add(dn);
    ConfigNode leader = leader();
    try (ConfigNodeClient c = new ConfigNodeClient(leader.config().internalPort())) {
      TDataNodeRegisterResp r =
          c.rpc.registerDataNode(
              new TDataNodeRegisterReq(
                  ClusterParameters.of(leader.config().cluster()), dn.location(-1)));
      assertEquals(200, r.getStatus().getCode(), r.getStatus().getMessage());
      assertEquals(3, r.getDataNodeId());
      assertEquals(3, r.getConfigNodesSize());
    }
    Await.until(BOUND, "all four nodes Running", () -> allRunning(leader, 4));
    assertEquals(200, setDatabase(leader, "root.before").getCode());

    ConfigNode follower = live().stream().filter(n -> n != leader).findFirst().orElseThrow();
    TSStatus redirected = setDatabase(follower, "root.redirected");
    assertEquals(400, redirected.getCode());
    assertEquals(leader.config().internalPort(), redirected.getRedirectNode().getPort());

    kill(leader);
    ConfigNode newLeader = leader();
    assertTrue(newLeader != leader);
    assertEquals(200, setDatabase(newLeader, "root.after").getCode());
    Await.until(
        BOUND,
        "the old leader is Unknown",
        () ->
            "Unknown"
                .equals(showCluster(newLeader).getNodeStatus().get(leader.nodeId()).getStatus()));
    // a loaded machine may miss a heartbeat round; the DataNode must be (or become) Running
    Await.until(
        BOUND,
        "the DataNode is Running under the new leader",
        () -> "Running".equals(showCluster(newLeader).getNodeStatus().get(3).getStatus()));

    ConfigNode restarted = start(leader.config());
    assertEquals(leader.nodeId(), restarted.nodeId());
    Await.until(
        BOUND,
        "the restarted node catches up",
        () -> restarted.state().read(v -> v.database("root.after").isPresent()));
    Await.until(BOUND, "the restarted node is Running again", () -> allRunning(leader(), 4));
    ConfigNode current = leader();
    try (ConfigNodeClient c = new ConfigNodeClient(current.config().internalPort())) {
      assertEquals(2, c.rpc.getDatabases(new TGetDatabasesReq(List.of())).getDatabasesSize());
    }
  }

  @AfterEach
  void stopAll() {
    nodes.forEach(ConfigNode::stop);
    dataNodes.forEach(FakeDataNode::close);
  }
}
