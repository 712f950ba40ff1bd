package org.stratadb.confignode.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.thrift.TException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.confignode.ConfigNode;
import org.stratadb.confignode.ConfigNodeOptions;
import org.stratadb.confignode.conf.ConfigNodeConfig;
import org.stratadb.confignode.testing.ConfigNodeClient;
import org.stratadb.confignode.testing.FakeDataNode;
import org.stratadb.confignode.testing.LocalConsensus;
import org.stratadb.confignode.testing.TestConfigs;
import org.stratadb.protocol.cluster.TClusterParameters;
import org.stratadb.protocol.confignode.TDataNodeRegisterReq;
import org.stratadb.protocol.confignode.TDataNodeRegisterResp;

/** A seed ConfigNode on one-node test consensus, with fake DataNodes. */
abstract class SingleConfigNodeTest {
  @TempDir Path home;
  ConfigNode node;
  ConfigNodeClient client;
  final List<FakeDataNode> dataNodes = new ArrayList<>();

  void start(Map<String, String> settings) throws TException {
    start(TestConfigs.seed(home, settings));
  }

  void start(ConfigNodeConfig config) throws TException {
    node =
        new ConfigNode(
            config, ConfigNodeOptions.defaults().withConsensus(LocalConsensus.provider()));
    node.start();
    client = new ConfigNodeClient(config.internalPort());
  }

  void restart() throws TException {
    ConfigNodeConfig config = node.config();
    client.close();
    node.stop();
    start(config);
  }

  /** A number read from the node's state. */
  int count(
      java.util.function.Function<org.stratadb.confignode.state.ClusterStateView, Integer> f) {
    return node.state().read(f);
  }

  TClusterParameters params() {
    return ClusterParameters.of(node.config().cluster());
  }

  FakeDataNode dataNode() throws TException {
    FakeDataNode dn = new FakeDataNode().start();
    dataNodes.add(dn);
    return dn;
  }

  /** Starts and registers a fake DataNode; returns its id. */
  int register(FakeDataNode dn) throws TException {
    TDataNodeRegisterResp resp =
        client.rpc.registerDataNode(new TDataNodeRegisterReq(params(), dn.location(-1)));
    assertEquals(200, resp.getStatus().getCode(), resp.getStatus().getMessage());
    return resp.getDataNodeId();
  }

  static void assertStatus(int code, org.stratadb.protocol.common.TSStatus s) {
    assertEquals(code, s.getCode(), s.getMessage());
  }

  static void assertMessage(String expected, org.stratadb.protocol.common.TSStatus s) {
    assertTrue(
        s.getMessage() != null && s.getMessage().contains(expected),
        "expected a message with '" + expected + "': " + s);
  }

  static void awaitStatus(Duration timeout, String what, java.util.function.BooleanSupplier c) {
    org.stratadb.confignode.testing.Await.until(timeout, what, c);
  }

  @AfterEach
  void stopAll() {
    if (client != null) {
      client.close();
    }
    if (node != null) {
      node.stop();
    }
    dataNodes.forEach(FakeDataNode::close);
  }
}
