package org.stratadb.commons.cluster;

import org.stratadb.commons.config.ConfigChoice;

/**
 * The consensus protocols a region group (or the ConfigNode group) can run, named in configuration
 * by Apache IoTDB's class names so that IoTDB conf files work unchanged. StrataDB's own
 * implementations sit behind these names; no IoTDB class is loaded.
 */
public enum ConsensusProtocolClass implements ConfigChoice {
  /** One replica, no replication: writes apply locally. */
  SIMPLE("org.apache.iotdb.consensus.simple.SimpleConsensus"),
  /** Raft, via Apache Ratis: strongly consistent replicas. */
  RATIS("org.apache.iotdb.consensus.ratis.RatisConsensus"),
  /** Leader-based replication that ships the WAL to followers asynchronously. */
  IOT("org.apache.iotdb.consensus.iot.IoTConsensus");

  private final String className;

  ConsensusProtocolClass(String className) {
    this.className = className;
  }

  /** The IoTDB class name that selects this protocol. */
  public String className() {
    return className;
  }

  @Override
  public String configValue() {
    return className;
  }

  /** Whether the protocol keeps more than one replica of a region. */
  public boolean supportsReplication() {
    return this != SIMPLE;
  }
}
