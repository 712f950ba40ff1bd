package org.stratadb.it;

import java.util.List;

/**
 * Nodes a test started through the scripts: ConfigNodes first in start order (the first is the
 * seed), then DataNodes.
 */
public record Cluster(List<NodeProcess> configNodes, List<NodeProcess> dataNodes) {

  public Cluster {
    configNodes = List.copyOf(configNodes);
    dataNodes = List.copyOf(dataNodes);
  }

  /** Runs one statement with the CLI against the first DataNode that still runs. */
  public ScriptResult sql(String statement) {
    return dataNodes.stream()
        .filter(NodeProcess::isAlive)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no DataNode of the cluster runs"))
        .home()
        .sql(statement);
  }

  /** The ConfigNode serving its internal RPC on {@code port}. */
  public NodeProcess configNodeWithInternalPort(int port) {
    return configNodes.stream()
        .filter(n -> n.port("cn_internal_port") == port)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ConfigNode has cn_internal_port " + port));
  }
}
