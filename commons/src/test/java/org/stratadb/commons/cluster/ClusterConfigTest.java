package org.stratadb.commons.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stratadb.commons.config.ConfigException;
import org.stratadb.commons.config.ConfigLoader;
import org.stratadb.commons.config.NodeRole;
import org.stratadb.commons.error.StatusCode;

class ClusterConfigTest {
  private static final String SIMPLE = "org.apache.iotdb.consensus.simple.SimpleConsensus";
  private static final String RATIS = "org.apache.iotdb.consensus.ratis.RatisConsensus";
  private static final String IOT = "org.apache.iotdb.consensus.iot.IoTConsensus";

  @TempDir Path conf;

  private Path common(String... lines) throws IOException {
    return Files.write(conf.resolve("iotdb-common.properties"), List.of(lines));
  }

  private ClusterConfig load() {
    ConfigLoader loader = ConfigLoader.forRole(NodeRole.DATA_NODE, ClusterConfigKeys.ALL);
    return ClusterConfig.from(loader.load(conf, conf));
  }

  @Test
  void defaultsAreIotdbs() {
    ClusterConfig c = load();
    assertEquals("defaultCluster", c.clusterName());
    assertEquals(ConsensusProtocolClass.RATIS, c.configNodeConsensus());
    assertEquals(1, c.schemaReplicationFactor());
    assertEquals(ConsensusProtocolClass.RATIS, c.schemaRegionConsensus());
    assertEquals(1, c.dataReplicationFactor());
    assertEquals(ConsensusProtocolClass.IOT, c.dataRegionConsensus());
    assertEquals(1000, c.seriesSlotNum());
    assertEquals(SeriesPartitionExecutorClass.BKDR_HASH, c.seriesPartitionExecutor());
    assertEquals(
        "org.apache.iotdb.commons.partition.executor.hash.BKDRHashExecutor",
        c.seriesPartitionExecutor().className());
    assertEquals(604_800_000L, c.timePartitionIntervalMs());
    assertEquals(TimestampPrecision.MS, c.timestampPrecision());
    assertEquals(RegionGroupExtensionPolicy.AUTO, c.schemaRegionGroupExtensionPolicy());
    assertEquals(1, c.defaultSchemaRegionGroupNumPerDatabase());
    assertEquals(RegionGroupExtensionPolicy.AUTO, c.dataRegionGroupExtensionPolicy());
    assertEquals(2, c.defaultDataRegionGroupNumPerDatabase());
    assertEquals(5.0, c.dataRegionPerDataNode());
    assertEquals(Duration.ofSeconds(1), c.heartbeatInterval());
    assertTrue(c.values().origin(ClusterConfigKeys.CLUSTER_NAME).isDefault());
  }

  @Test
  void overridesFromTheCommonFile() throws IOException {
    Path file =
        common(
            "cluster_name=prod",
            "config_node_consensus_protocol_class=" + SIMPLE,
            "schema_replication_factor=3",
            "data_replication_factor=2",
            "data_region_consensus_protocol_class=" + RATIS,
            "series_slot_num=500",
            "series_partition_executor_class=org.apache.iotdb.commons.partition.executor.hash.SDBMHashExecutor",
            "time_partition_interval=86400000",
            "timestamp_precision=ns",
            "data_region_group_extension_policy=CUSTOM",
            "default_data_region_group_num_per_database=8",
            "data_region_per_data_node=2.5",
            "heartbeat_interval_in_ms=500");
    ClusterConfig c = load();
    assertEquals("prod", c.clusterName());
    assertEquals(ConsensusProtocolClass.SIMPLE, c.configNodeConsensus());
    assertEquals(3, c.schemaReplicationFactor());
    assertEquals(2, c.dataReplicationFactor());
    assertEquals(ConsensusProtocolClass.RATIS, c.dataRegionConsensus());
    assertEquals(500, c.seriesSlotNum());
    assertEquals(SeriesPartitionExecutorClass.SDBM_HASH, c.seriesPartitionExecutor());
    assertEquals(TimestampPrecision.NS, c.timestampPrecision());
    assertEquals(86_400_000_000_000L, c.timePartitionInterval(), "interval in ns");
    assertEquals(RegionGroupExtensionPolicy.CUSTOM, c.dataRegionGroupExtensionPolicy());
    assertEquals(8, c.defaultDataRegionGroupNumPerDatabase());
    assertEquals(2.5, c.dataRegionPerDataNode());
    assertEquals(Duration.ofMillis(500), c.heartbeatInterval());
    assertEquals(file, c.values().origin(ClusterConfigKeys.SERIES_SLOT_NUM).file().orElseThrow());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "data_region_consensus_protocol_class|org.example.PaxosConsensus|one of "
            + SIMPLE
            + ", "
            + RATIS
            + ", "
            + IOT,
        "data_region_consensus_protocol_class|RatisConsensus|one of "
            + SIMPLE
            + ", "
            + RATIS
            + ", "
            + IOT,
        "config_node_consensus_protocol_class|"
            + IOT
            + "|one of "
            + SIMPLE
            + ", "
            + RATIS
            + " ("
            + IOT
            + " is not supported for this setting)",
        "schema_region_consensus_protocol_class|"
            + IOT
            + "|one of "
            + SIMPLE
            + ", "
            + RATIS
            + " ("
            + IOT
            + " is not supported for this setting)",
        "schema_replication_factor|0|an integer >= 1",
        "data_replication_factor|-2|an integer >= 1",
        "data_replication_factor|two|an integer >= 1",
        "timestamp_precision|s|one of ms, us, ns",
        "time_partition_interval|0|an integer > 0",
        "heartbeat_interval_in_ms|-1000|an integer > 0",
        "series_slot_num|0|an integer > 0",
        "data_region_per_data_node|0|a number > 0",
        "schema_region_group_extension_policy|MANUAL|one of CUSTOM, AUTO",
        "default_schema_region_group_num_per_database|0|an integer >= 1",
        "series_partition_executor_class|BKDRHashExecutor|one of org.apache.iotdb.commons.partition.executor.hash.BKDRHashExecutor, org.apache.iotdb.commons.partition.executor.hash.APHashExecutor, org.apache.iotdb.commons.partition.executor.hash.JSHashExecutor, org.apache.iotdb.commons.partition.executor.hash.SDBMHashExecutor"
      })
  void badValuesGetOneLineNamingFileKeyAndValue(String key, String value, String expected)
      throws IOException {
    Path file = common(key + "=" + value);
    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals(
        "Invalid value '" + value + "' for " + key + " in " + file + ": expected " + expected,
        e.getMessage());
    assertSame(StatusCode.CONFIGURATION_ERROR, e.statusCode());
  }

  @Test
  void simpleConsensusNeedsASingleReplica() throws IOException {
    Path file =
        common("schema_region_consensus_protocol_class=" + SIMPLE, "schema_replication_factor=3");
    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals(
        "Invalid value '3' for schema_replication_factor in "
            + file
            + ": expected 1, because schema_region_consensus_protocol_class="
            + SIMPLE
            + " (from "
            + file
            + ") keeps a single replica; raise the factor only with "
            + RATIS,
        e.getMessage());
  }

  @Test
  void simpleDataConsensusNamesBothReplicatingProtocols() throws IOException {
    Path file = common("data_replication_factor=2");
    Files.write(
        conf.resolve("iotdb-system.properties"),
        List.of("data_region_consensus_protocol_class=" + SIMPLE));
    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals(
        "Invalid value '2' for data_replication_factor in "
            + file
            + ": expected 1, because data_region_consensus_protocol_class="
            + SIMPLE
            + " (from "
            + conf.resolve("iotdb-system.properties")
            + ") keeps a single replica; raise the factor only with "
            + RATIS
            + " or "
            + IOT,
        e.getMessage());
  }

  @Test
  void simpleConsensusWithOneReplicaIsFine() throws IOException {
    common(
        "schema_region_consensus_protocol_class=" + SIMPLE,
        "data_region_consensus_protocol_class=" + SIMPLE,
        "config_node_consensus_protocol_class=" + SIMPLE);
    ClusterConfig c = load();
    assertEquals(ConsensusProtocolClass.SIMPLE, c.dataRegionConsensus());
  }

  @Test
  void intervalMustFitTheTimestampPrecision() throws IOException {
    Path file = common("timestamp_precision=ns", "time_partition_interval=9223372036854775807");
    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals(
        "Invalid value '9223372036854775807' for time_partition_interval in "
            + file
            + ": expected at most 9223372036854 milliseconds with timestamp_precision=ns (from "
            + file
            + ")",
        e.getMessage());
  }

  @Test
  void isImmutable() {
    for (Field f : ClusterConfig.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName() + " must be final");
    }
    for (Method m : ClusterConfig.class.getMethods()) {
      assertTrue(!m.getName().startsWith("set"), m.getName() + " looks like a setter");
    }
    assertEquals(ClusterConfig.defaults().toString(), ClusterConfig.defaults().toString());
    assertTrue(
        ClusterConfig.defaults()
            .toString()
            .startsWith("ClusterConfig[cluster_name=defaultCluster, "));
  }
}
