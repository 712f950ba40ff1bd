package org.stratadb.commons.cluster;

import static org.stratadb.commons.cluster.ConsensusProtocolClass.RATIS;
import static org.stratadb.commons.cluster.ConsensusProtocolClass.SIMPLE;
import static org.stratadb.commons.config.ChangeMode.FIRST_START;

import java.util.List;
import java.util.Set;
import org.stratadb.commons.config.ConfFileSpec;
import org.stratadb.commons.config.ConfigKey;
import org.stratadb.commons.config.ConfigTypes;
import org.stratadb.commons.config.Validators;

/**
 * The keys every node of a cluster shares, found in {@code iotdb-common.properties} (or {@code
 * iotdb-system.properties}), with Apache IoTDB 1.3's names and defaults. The DataNode checks all
 * unprefixed keys against its declarations, so shared keys only the ConfigNode uses are declared
 * here too.
 */
public final class ClusterConfigKeys {

  public static final ConfigKey<String> CLUSTER_NAME =
      ConfigKey.builder("cluster_name", ConfigTypes.STRING)
          .defaultValue("defaultCluster")
          .doc("Name of the cluster; every node of one cluster must give the same name.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<ConsensusProtocolClass> CONFIG_NODE_CONSENSUS_PROTOCOL_CLASS =
      ConfigKey.builder(
              "config_node_consensus_protocol_class",
              ConfigTypes.choice(ConsensusProtocolClass.class, Set.of(SIMPLE, RATIS)))
          .defaultValue(RATIS)
          .doc(
              "Consensus protocol of the ConfigNode group; SimpleConsensus runs one ConfigNode only.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<Integer> SCHEMA_REPLICATION_FACTOR =
      ConfigKey.builder("schema_replication_factor", ConfigTypes.INT)
          .defaultValue(1)
          .validator(Validators.atLeast(1))
          .doc("Copies kept of each schema region; the cluster needs at least this many DataNodes.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<ConsensusProtocolClass> SCHEMA_REGION_CONSENSUS_PROTOCOL_CLASS =
      ConfigKey.builder(
              "schema_region_consensus_protocol_class",
              ConfigTypes.choice(ConsensusProtocolClass.class, Set.of(SIMPLE, RATIS)))
          .defaultValue(RATIS)
          .doc("Consensus protocol of schema region groups; SimpleConsensus needs a factor of 1.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<Integer> DATA_REPLICATION_FACTOR =
      ConfigKey.builder("data_replication_factor", ConfigTypes.INT)
          .defaultValue(1)
          .validator(Validators.atLeast(1))
          .doc("Copies kept of each data region; the cluster needs at least this many DataNodes.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<ConsensusProtocolClass> DATA_REGION_CONSENSUS_PROTOCOL_CLASS =
      ConfigKey.builder(
              "data_region_consensus_protocol_class",
              ConfigTypes.choice(ConsensusProtocolClass.class))
          .defaultValue(ConsensusProtocolClass.IOT)
          .doc("Consensus protocol of data region groups; SimpleConsensus needs a factor of 1.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<Integer> SERIES_SLOT_NUM =
      ConfigKey.builder("series_slot_num", ConfigTypes.INT)
          .defaultValue(1000)
          .validator(Validators.positive())
          .doc("Number of series partition slots the devices of a database are hashed into.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<SeriesPartitionExecutorClass> SERIES_PARTITION_EXECUTOR_CLASS =
      ConfigKey.builder(
              "series_partition_executor_class",
              ConfigTypes.choice(SeriesPartitionExecutorClass.class))
          .defaultValue(SeriesPartitionExecutorClass.BKDR_HASH)
          .doc("Hash function that maps a device to its series partition slot.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<Long> TIME_PARTITION_INTERVAL =
      ConfigKey.builder("time_partition_interval", ConfigTypes.LONG)
          .defaultValue(604_800_000L)
          .validator(Validators.positive())
          .doc("Length of one time partition in milliseconds; the default is one week.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<TimestampPrecision> TIMESTAMP_PRECISION =
      ConfigKey.builder("timestamp_precision", ConfigTypes.choice(TimestampPrecision.class))
          .defaultValue(TimestampPrecision.MS)
          .doc("Unit of every stored timestamp: milli-, micro- or nanoseconds.")
          .changeMode(FIRST_START)
          .build();

  public static final ConfigKey<RegionGroupExtensionPolicy> SCHEMA_REGION_GROUP_EXTENSION_POLICY =
      ConfigKey.builder(
              "schema_region_group_extension_policy",
              ConfigTypes.choice(RegionGroupExtensionPolicy.class))
          .defaultValue(RegionGroupExtensionPolicy.AUTO)
          .doc("How a database's schema region groups are counted: CUSTOM fixed, AUTO grown.")
          .build();

  public static final ConfigKey<Integer> DEFAULT_SCHEMA_REGION_GROUP_NUM_PER_DATABASE =
      ConfigKey.builder("default_schema_region_group_num_per_database", ConfigTypes.INT)
          .defaultValue(1)
          .validator(Validators.atLeast(1))
          .doc(
              "Schema region groups per database: the number under CUSTOM, the minimum under AUTO.")
          .build();

  public static final ConfigKey<RegionGroupExtensionPolicy> DATA_REGION_GROUP_EXTENSION_POLICY =
      ConfigKey.builder(
              "data_region_group_extension_policy",
              ConfigTypes.choice(RegionGroupExtensionPolicy.class))
          .defaultValue(RegionGroupExtensionPolicy.AUTO)
          .doc("How a database's data region groups are counted: CUSTOM fixed, AUTO grown.")
          .build();

  public static final ConfigKey<Integer> DEFAULT_DATA_REGION_GROUP_NUM_PER_DATABASE =
      ConfigKey.builder("default_data_region_group_num_per_database", ConfigTypes.INT)
          .defaultValue(2)
          .validator(Validators.atLeast(1))
          .doc("Data region groups per database: the number under CUSTOM, the minimum under AUTO.")
          .build();

  public static final ConfigKey<Double> DATA_REGION_PER_DATA_NODE =
      ConfigKey.builder("data_region_per_data_node", ConfigTypes.DOUBLE)
          .defaultValue(5.0)
          .validator(Validators.positive())
          .doc("Under AUTO, how many data regions each DataNode is meant to hold.")
          .build();

  public static final ConfigKey<Long> HEARTBEAT_INTERVAL_IN_MS =
      ConfigKey.builder("heartbeat_interval_in_ms", ConfigTypes.LONG)
          .defaultValue(1000L)
          .validator(Validators.positive())
          .doc("Milliseconds between two heartbeats from the ConfigNode leader to each node.")
          .build();

  /** The shipped {@code conf/iotdb-common.properties}. */
  public static final ConfFileSpec COMMON_FILE =
      ConfFileSpec.builder("iotdb-common.properties", ClusterConfigKeys.class)
          .purpose(
              "Settings shared by every node of a cluster. ConfigNodes read this file together",
              "with iotdb-confignode.properties, DataNodes with iotdb-datanode.properties.",
              "Keep it identical on all nodes.")
          .section("Cluster", CLUSTER_NAME)
          .section(
              "Replication and consensus",
              CONFIG_NODE_CONSENSUS_PROTOCOL_CLASS,
              SCHEMA_REPLICATION_FACTOR,
              SCHEMA_REGION_CONSENSUS_PROTOCOL_CLASS,
              DATA_REPLICATION_FACTOR,
              DATA_REGION_CONSENSUS_PROTOCOL_CLASS)
          .section(
              "Partitioning and time",
              SERIES_SLOT_NUM,
              SERIES_PARTITION_EXECUTOR_CLASS,
              TIME_PARTITION_INTERVAL,
              TIMESTAMP_PRECISION)
          .section(
              "Region groups",
              SCHEMA_REGION_GROUP_EXTENSION_POLICY,
              DEFAULT_SCHEMA_REGION_GROUP_NUM_PER_DATABASE,
              DATA_REGION_GROUP_EXTENSION_POLICY,
              DEFAULT_DATA_REGION_GROUP_NUM_PER_DATABASE,
              DATA_REGION_PER_DATA_NODE)
          .section("Cluster management", HEARTBEAT_INTERVAL_IN_MS)
          .build();

  /** Every shared key, in file order. */
  public static final List<ConfigKey<?>> ALL = COMMON_FILE.keys();

  private ClusterConfigKeys() {}
}
