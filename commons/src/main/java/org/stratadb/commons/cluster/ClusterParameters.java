package org.stratadb.commons.cluster;

/**
 * The settings every node of one cluster must share, as a node sends them at registration (the time
 * partition interval in milliseconds, as configured). The ConfigNode refuses a node whose settings
 * differ from the cluster's.
 */
public record ClusterParameters(
    String clusterName,
    String configNodeConsensusProtocolClass,
    String schemaRegionConsensusProtocolClass,
    String dataRegionConsensusProtocolClass,
    int schemaReplicationFactor,
    int dataReplicationFactor,
    int seriesSlotNum,
    String seriesPartitionExecutorClass,
    long timePartitionInterval,
    String timestampPrecision) {

  /** The parameters a node with {@code config} runs with. */
  public static ClusterParameters of(ClusterConfig config) {
    return new ClusterParameters(
        config.clusterName(),
        config.configNodeConsensus().className(),
        config.schemaRegionConsensus().className(),
        config.dataRegionConsensus().className(),
        config.schemaReplicationFactor(),
        config.dataReplicationFactor(),
        config.seriesSlotNum(),
        config.seriesPartitionExecutor().className(),
        config.timePartitionIntervalMs(),
        config.timestampPrecision().configValue());
  }
}
