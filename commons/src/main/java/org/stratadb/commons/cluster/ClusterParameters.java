package org.stratadb.commons.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings every node of one cluster must share. A node sends its own at registration; the
 * ConfigNode refuses it when {@link #differencesFrom} is not empty.
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
        config.timePartitionInterval(),
        config.timestampPrecision().configValue());
  }

  /**
   * One line per setting that differs, naming the config key, this cluster's value and the other
   * node's; empty when the two agree.
   */
  public List<String> differencesFrom(ClusterParameters other) {
    List<String> out = new ArrayList<>();
    diff(out, "cluster_name", clusterName, other.clusterName);
    diff(
        out,
        "config_node_consensus_protocol_class",
        configNodeConsensusProtocolClass,
        other.configNodeConsensusProtocolClass);
    diff(
        out,
        "schema_region_consensus_protocol_class",
        schemaRegionConsensusProtocolClass,
        other.schemaRegionConsensusProtocolClass);
    diff(
        out,
        "data_region_consensus_protocol_class",
        dataRegionConsensusProtocolClass,
        other.dataRegionConsensusProtocolClass);
    diff(out, "schema_replication_factor", schemaReplicationFactor, other.schemaReplicationFactor);
    diff(out, "data_replication_factor", dataReplicationFactor, other.dataReplicationFactor);
    diff(out, "series_slot_num", seriesSlotNum, other.seriesSlotNum);
    diff(
        out,
        "series_partition_executor_class",
        seriesPartitionExecutorClass,
        other.seriesPartitionExecutorClass);
    diff(out, "time_partition_interval", timePartitionInterval, other.timePartitionInterval);
    diff(out, "timestamp_precision", timestampPrecision, other.timestampPrecision);
    return out;
  }

  private static void diff(List<String> out, String key, Object mine, Object theirs) {
    if (!mine.equals(theirs)) {
      out.add(key + " is " + mine + " in the cluster but " + theirs + " on the joining node");
    }
  }
}
