package org.stratadb.confignode.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.stratadb.commons.cluster.ClusterConfig;
import org.stratadb.commons.cluster.ClusterConfigKeys;
import org.stratadb.protocol.cluster.TClusterParameters;

/**
 * The settings all nodes of a cluster must share ({@link TClusterParameters}), named by their
 * configuration keys so that a refusal says which setting differs. The time partition interval is
 * the configured value in milliseconds.
 */
public final class ClusterParameters {
  private static final Map<String, Function<TClusterParameters, Object>> FIELDS =
      new LinkedHashMap<>();

  static {
    FIELDS.put(ClusterConfigKeys.CLUSTER_NAME.name(), TClusterParameters::getClusterName);
    FIELDS.put(
        ClusterConfigKeys.CONFIG_NODE_CONSENSUS_PROTOCOL_CLASS.name(),
        TClusterParameters::getConfigNodeConsensusProtocolClass);
    FIELDS.put(
        ClusterConfigKeys.SCHEMA_REGION_CONSENSUS_PROTOCOL_CLASS.name(),
        TClusterParameters::getSchemaRegionConsensusProtocolClass);
    FIELDS.put(
        ClusterConfigKeys.DATA_REGION_CONSENSUS_PROTOCOL_CLASS.name(),
        TClusterParameters::getDataRegionConsensusProtocolClass);
    FIELDS.put(
        ClusterConfigKeys.SCHEMA_REPLICATION_FACTOR.name(),
        TClusterParameters::getSchemaReplicationFactor);
    FIELDS.put(
        ClusterConfigKeys.DATA_REPLICATION_FACTOR.name(),
        TClusterParameters::getDataReplicationFactor);
    FIELDS.put(ClusterConfigKeys.SERIES_SLOT_NUM.name(), TClusterParameters::getSeriesSlotNum);
    FIELDS.put(
        ClusterConfigKeys.SERIES_PARTITION_EXECUTOR_CLASS.name(),
        TClusterParameters::getSeriesPartitionExecutorClass);
    FIELDS.put(
        ClusterConfigKeys.TIME_PARTITION_INTERVAL.name(),
        TClusterParameters::getTimePartitionInterval);
    FIELDS.put(
        ClusterConfigKeys.TIMESTAMP_PRECISION.name(), TClusterParameters::getTimestampPrecision);
  }

  private ClusterParameters() {}

  /** The parameters a node with {@code config} brings. */
  public static TClusterParameters of(ClusterConfig config) {
    org.stratadb.commons.cluster.ClusterParameters p =
        org.stratadb.commons.cluster.ClusterParameters.of(config);
    return new TClusterParameters(
        p.clusterName(),
        p.configNodeConsensusProtocolClass(),
        p.schemaRegionConsensusProtocolClass(),
        p.dataRegionConsensusProtocolClass(),
        p.schemaReplicationFactor(),
        p.dataReplicationFactor(),
        p.seriesSlotNum(),
        p.seriesPartitionExecutorClass(),
        p.timePartitionInterval(),
        p.timestampPrecision());
  }

  /**
   * Why a node whose parameters are {@code node} cannot join a cluster created with {@code
   * cluster}: every differing setting, or empty if they agree.
   */
  public static Optional<String> difference(TClusterParameters cluster, TClusterParameters node) {
    List<String> diffs = new ArrayList<>();
    FIELDS.forEach(
        (key, get) -> {
          Object mine = get.apply(node);
          Object theirs = get.apply(cluster);
          if (!Objects.equals(mine, theirs)) {
            diffs.add(key + " is " + mine + " on this node but " + theirs + " in the cluster");
          }
        });
    return diffs.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", diffs));
  }

  /** The parameters as key/value text, e.g. for a properties file. */
  public static Map<String, String> toText(TClusterParameters p) {
    Map<String, String> out = new LinkedHashMap<>();
    FIELDS.forEach((key, get) -> out.put(key, String.valueOf(get.apply(p))));
    return out;
  }

  /** Every key {@link #toText} writes. */
  public static List<String> keys() {
    return List.copyOf(FIELDS.keySet());
  }
}
