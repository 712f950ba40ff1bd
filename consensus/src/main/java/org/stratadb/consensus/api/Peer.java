package org.stratadb.consensus.api;

import org.stratadb.commons.net.HostPort;

/**
 * One replica of a consensus group: the node that hosts it and the address its consensus service
 * listens on.
 */
public record Peer(ConsensusGroupId group, int nodeId, HostPort endpoint) {

  public Peer {
    if (group == null || endpoint == null) {
      throw new IllegalArgumentException("a peer needs a group and an endpoint");
    }
    if (nodeId < 0) {
      throw new IllegalArgumentException("node id must not be negative: " + nodeId);
    }
  }
}
