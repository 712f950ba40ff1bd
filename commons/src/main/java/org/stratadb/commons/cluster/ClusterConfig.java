package org.stratadb.commons.cluster;

import static org.stratadb.commons.cluster.ClusterConfigKeys.CLUSTER_NAME;
import static org.stratadb.commons.cluster.ClusterConfigKeys.CONFIG_NODE_CONSENSUS_PROTOCOL_CLASS;
import static org.stratadb.commons.cluster.ClusterConfigKeys.DATA_REGION_CONSENSUS_PROTOCOL_CLASS;
import static org.stratadb.commons.cluster.ClusterConfigKeys.DATA_REGION_GROUP_EXTENSION_POLICY;
import static org.stratadb.commons.cluster.ClusterConfigKeys.DATA_REGION_PER_DATA_NODE;
import static org.stratadb.commons.cluster.ClusterConfigKeys.DATA_REPLICATION_FACTOR;
import static org.stratadb.commons.cluster.ClusterConfigKeys.DEFAULT_DATA_REGION_GROUP_NUM_PER_DATABASE;
import static org.stratadb.commons.cluster.ClusterConfigKeys.DEFAULT_SCHEMA_REGION_GROUP_NUM_PER_DATABASE;
import static org.stratadb.commons.cluster.ClusterConfigKeys.HEARTBEAT_INTERVAL_IN_MS;
import static org.stratadb.commons.cluster.ClusterConfigKeys.SCHEMA_REGION_CONSENSUS_PROTOCOL_CLASS;
import static org.stratadb.commons.cluster.ClusterConfigKeys.SCHEMA_REGION_GROUP_EXTENSION_POLICY;
import static org.stratadb.commons.cluster.ClusterConfigKeys.SCHEMA_REPLICATION_FACTOR;
import static org.stratadb.commons.cluster.ClusterConfigKeys.SERIES_PARTITION_EXECUTOR_CLASS;
import static org.stratadb.commons.cluster.ClusterConfigKeys.SERIES_SLOT_NUM;
import static org.stratadb.commons.cluster.ClusterConfigKeys.TIMESTAMP_PRECISION;
import static org.stratadb.commons.cluster.ClusterConfigKeys.TIME_PARTITION_INTERVAL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.stratadb.commons.config.ConfigException;
import org.stratadb.commons.config.ConfigKey;
import org.stratadb.commons.config.ConfigValues;

/**
 * The cluster-wide settings of {@link ClusterConfigKeys}, typed, validated together and immutable.
 * Both node processes build one at start-up and hand it to whatever needs it through constructors.
 *
 * <p>Besides each key's own rule, {@link #from} enforces the rules that tie keys together: a region
 * group running SimpleConsensus has exactly one replica, and the time partition interval must fit a
 * long in the chosen timestamp precision.
 */
public final class ClusterConfig {
  private final String clusterName;
  private final ConsensusProtocolClass configNodeConsensus;
  private final int schemaReplicationFactor;
  private final ConsensusProtocolClass schemaRegionConsensus;
  private final int dataReplicationFactor;
  private final ConsensusProtocolClass dataRegionConsensus;
  private final int seriesSlotNum;
  private final SeriesPartitionExecutorClass seriesPartitionExecutor;
  private final long timePartitionIntervalMs;
  private final TimestampPrecision timestampPrecision;
  private final RegionGroupExtensionPolicy schemaRegionGroupExtensionPolicy;
  private final int defaultSchemaRegionGroupNumPerDatabase;
  private final RegionGroupExtensionPolicy dataRegionGroupExtensionPolicy;
  private final int defaultDataRegionGroupNumPerDatabase;
  private final double dataRegionPerDataNode;
  private final Duration heartbeatInterval;
  private final ConfigValues values;

  private ClusterConfig(ConfigValues v) {
    this.clusterName = v.get(CLUSTER_NAME);
    this.configNodeConsensus = v.get(CONFIG_NODE_CONSENSUS_PROTOCOL_CLASS);
    this.schemaReplicationFactor = v.get(SCHEMA_REPLICATION_FACTOR);
    this.schemaRegionConsensus = v.get(SCHEMA_REGION_CONSENSUS_PROTOCOL_CLASS);
    this.dataReplicationFactor = v.get(DATA_REPLICATION_FACTOR);
    this.dataRegionConsensus = v.get(DATA_REGION_CONSENSUS_PROTOCOL_CLASS);
    this.seriesSlotNum = v.get(SERIES_SLOT_NUM);
    this.seriesPartitionExecutor = v.get(SERIES_PARTITION_EXECUTOR_CLASS);
    this.timePartitionIntervalMs = v.get(TIME_PARTITION_INTERVAL);
    this.timestampPrecision = v.get(TIMESTAMP_PRECISION);
    this.schemaRegionGroupExtensionPolicy = v.get(SCHEMA_REGION_GROUP_EXTENSION_POLICY);
    this.defaultSchemaRegionGroupNumPerDatabase =
        v.get(DEFAULT_SCHEMA_REGION_GROUP_NUM_PER_DATABASE);
    this.dataRegionGroupExtensionPolicy = v.get(DATA_REGION_GROUP_EXTENSION_POLICY);
    this.defaultDataRegionGroupNumPerDatabase = v.get(DEFAULT_DATA_REGION_GROUP_NUM_PER_DATABASE);
    this.dataRegionPerDataNode = v.get(DATA_REGION_PER_DATA_NODE);
    this.heartbeatInterval = Duration.ofMillis(v.get(HEARTBEAT_INTERVAL_IN_MS));
    this.values = v;
  }

  /**
   * The cluster settings in {@code values}, which must have been loaded with {@link
   * ClusterConfigKeys#ALL} among its keys.
   *
   * @throws ConfigException if the settings contradict each other
   */
  public static ClusterConfig from(ConfigValues values) {
    requireSingleReplica(values, SCHEMA_REGION_CONSENSUS_PROTOCOL_CLASS, SCHEMA_REPLICATION_FACTOR);
    requireSingleReplica(values, DATA_REGION_CONSENSUS_PROTOCOL_CLASS, DATA_REPLICATION_FACTOR);
    requireIntervalFitsPrecision(values);
    return new ClusterConfig(values);
  }

  /** Every shared key at its default. */
  public static ClusterConfig defaults() {
    return from(ConfigValues.defaults(ClusterConfigKeys.ALL, Path.of("")));
  }

  private static void requireSingleReplica(
      ConfigValues values,
      ConfigKey<ConsensusProtocolClass> protocolKey,
      ConfigKey<Integer> factorKey) {
    if (values.get(protocolKey).supportsReplication() || values.get(factorKey) == 1) {
      return;
    }
    throw ConfigException.invalidValue(
        factorKey.name(),
        values.text(factorKey),
        values.origin(factorKey),
        "1, because "
            + values.describe(protocolKey)
            + " keeps a single replica; raise the factor only with "
            + ConsensusProtocolClass.RATIS.className()
            + (protocolKey == DATA_REGION_CONSENSUS_PROTOCOL_CLASS
                ? " or " + ConsensusProtocolClass.IOT.className()
                : ""));
  }

  private static void requireIntervalFitsPrecision(ConfigValues values) {
    TimestampPrecision precision = values.get(TIMESTAMP_PRECISION);
    try {
      precision.fromMillis(values.get(TIME_PARTITION_INTERVAL));
    } catch (ArithmeticException e) {
      throw ConfigException.invalidValue(
          TIME_PARTITION_INTERVAL.name(),
          values.text(TIME_PARTITION_INTERVAL),
          values.origin(TIME_PARTITION_INTERVAL),
          "at most "
              + Long.MAX_VALUE / precision.fromMillis(1)
              + " milliseconds with "
              + values.describe(TIMESTAMP_PRECISION));
    }
  }

  public String clusterName() {
    return clusterName;
  }

  public ConsensusProtocolClass configNodeConsensus() {
    return configNodeConsensus;
  }

  public int schemaReplicationFactor() {
    return schemaReplicationFactor;
  }

  public ConsensusProtocolClass schemaRegionConsensus() {
    return schemaRegionConsensus;
  }

  public int dataReplicationFactor() {
    return dataReplicationFactor;
  }

  public ConsensusProtocolClass dataRegionConsensus() {
    return dataRegionConsensus;
  }

  public int seriesSlotNum() {
    return seriesSlotNum;
  }

  public SeriesPartitionExecutorClass seriesPartitionExecutor() {
    return seriesPartitionExecutor;
  }

  /** The time partition length as configured, in milliseconds. */
  public long timePartitionIntervalMs() {
    return timePartitionIntervalMs;
  }

  /** The time partition length in {@link #timestampPrecision()} units, for slot arithmetic. */
  public long timePartitionInterval() {
    return timestampPrecision.fromMillis(timePartitionIntervalMs);
  }

  public TimestampPrecision timestampPrecision() {
    return timestampPrecision;
  }

  public RegionGroupExtensionPolicy schemaRegionGroupExtensionPolicy() {
    return schemaRegionGroupExtensionPolicy;
  }

  public int defaultSchemaRegionGroupNumPerDatabase() {
    return defaultSchemaRegionGroupNumPerDatabase;
  }

  public RegionGroupExtensionPolicy dataRegionGroupExtensionPolicy() {
    return dataRegionGroupExtensionPolicy;
  }

  public int defaultDataRegionGroupNumPerDatabase() {
    return defaultDataRegionGroupNumPerDatabase;
  }

  public double dataRegionPerDataNode() {
    return dataRegionPerDataNode;
  }

  public Duration heartbeatInterval() {
    return heartbeatInterval;
  }

  /** The loaded values behind this object, with their origins; for diagnostics. */
  public ConfigValues values() {
    return values;
  }

  @Override
  public String toString() {
    return ClusterConfigKeys.ALL.stream()
        .map(k -> k.name() + "=" + values.text(k))
        .collect(Collectors.joining(", ", "ClusterConfig[", "]"));
  }
}
