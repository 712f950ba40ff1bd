package org.stratadb.datanode.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stratadb.commons.cluster.ClusterConfigKeys;
import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.commons.cluster.TimestampPrecision;
import org.stratadb.commons.config.ConfigException;
import org.stratadb.commons.config.ConfigLoader;
import org.stratadb.commons.config.ConfigOrigin;
import org.stratadb.commons.net.HostPort;
import org.stratadb.commons.testing.LogCapture;

class DataNodeConfigTest {
  private static final String IOT = "org.apache.iotdb.consensus.iot.IoTConsensus";
  private static final String RATIS = "org.apache.iotdb.consensus.ratis.RatisConsensus";

  @TempDir Path conf;
  @TempDir Path home;

  private Path write(String file, String... lines) throws IOException {
    return Files.write(conf.resolve(file), List.of(lines));
  }

  private DataNodeConfig load() {
    return DataNodeConfig.load(conf, home);
  }

  @Test
  void defaultsWhenNoFileExists() {
    DataNodeConfig c = load();
    assertEquals("0.0.0.0", c.rpcAddress());
    assertEquals(6667, c.rpcPort());
    assertEquals(new HostPort("127.0.0.1", 10730), c.internalEndpoint());
    assertEquals(10740, c.mppDataExchangePort());
    assertEquals(10750, c.schemaRegionConsensusPort());
    assertEquals(10760, c.dataRegionConsensusPort());
    assertEquals(List.of(new HostPort("127.0.0.1", 10710)), c.seedConfigNodes());
    assertEquals(home.resolve("data/datanode/system"), c.systemDir());
    assertEquals(List.of(home.resolve("data/datanode/data")), c.dataDirs());
    assertEquals(home.resolve("data/datanode/consensus"), c.consensusDir());
    assertEquals(List.of(home.resolve("data/datanode/wal")), c.walDirs());
    assertEquals(ConsensusProtocolClass.IOT, c.cluster().dataRegionConsensus());
  }

  @Test
  void legacyFilesOverrideDefaults() throws IOException {
    Path common =
        write("iotdb-common.properties", "data_replication_factor=3", "timestamp_precision=us");
    Path node =
        write(
            "iotdb-datanode.properties",
            "dn_rpc_address=10.0.0.5",
            "dn_rpc_port=16667",
            "dn_internal_address=[fd00::5]",
            "dn_seed_config_node=cn-1:10710, [fd00::1]:10710 ,cn-3:10710",
            "dn_data_dirs=/ssd1,/ssd2;/hdd1",
            "dn_wal_dirs=wal1;/abs/wal2");
    DataNodeConfig c = load();
    assertEquals(new HostPort("10.0.0.5", 16667), c.rpcEndpoint());
    assertEquals("fd00::5", c.internalAddress());
    assertEquals("[fd00::5]:10730", c.internalEndpoint().toString());
    assertEquals(
        List.of(
            new HostPort("cn-1", 10710),
            new HostPort("fd00::1", 10710),
            new HostPort("cn-3", 10710)),
        c.seedConfigNodes());
    assertEquals(
        List.of(List.of(Path.of("/ssd1"), Path.of("/ssd2")), List.of(Path.of("/hdd1"))),
        c.dataDirTiers());
    assertEquals(List.of(Path.of("/ssd1"), Path.of("/ssd2"), Path.of("/hdd1")), c.dataDirs());
    assertEquals(List.of(home.resolve("wal1"), Path.of("/abs/wal2")), c.walDirs());
    assertEquals(3, c.cluster().dataReplicationFactor());
    assertEquals(TimestampPrecision.US, c.cluster().timestampPrecision());
    assertEquals(ConfigOrigin.file(node), c.values().origin(DataNodeConfigKeys.DN_DATA_DIRS));
    assertEquals(
        ConfigOrigin.file(common), c.values().origin(ClusterConfigKeys.DATA_REPLICATION_FACTOR));
  }

  @Test
  void singleSystemFileLayout() throws IOException {
    Path system =
        write(
            "iotdb-system.properties",
            "cluster_name=one-file",
            "cn_internal_port=10710",
            "cn_seed_config_node=127.0.0.1:10710",
            "dn_rpc_port=7667",
            "dn_seed_config_node=127.0.0.1:10710");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      DataNodeConfig c = load();
      assertEquals(7667, c.rpcPort());
      assertEquals("one-file", c.cluster().clusterName());
      assertEquals(ConfigOrigin.file(system), c.values().origin(DataNodeConfigKeys.DN_RPC_PORT));
      assertEquals(List.of(), log.messages(Level.WARN), "cn_ keys are the ConfigNode's business");
    }
  }

  @Test
  void systemFileOverridesLegacyFiles() throws IOException {
    write("iotdb-common.properties", "data_region_consensus_protocol_class=" + IOT);
    write("iotdb-datanode.properties", "dn_rpc_port=16667", "dn_internal_port=20730");
    Path system =
        write(
            "iotdb-system.properties",
            "dn_rpc_port=26667",
            "data_region_consensus_protocol_class=" + RATIS);
    DataNodeConfig c = load();
    assertEquals(26667, c.rpcPort());
    assertEquals(20730, c.internalPort());
    assertEquals(ConsensusProtocolClass.RATIS, c.cluster().dataRegionConsensus());
    assertEquals(
        ConfigOrigin.file(system),
        c.values().origin(ClusterConfigKeys.DATA_REGION_CONSENSUS_PROTOCOL_CLASS));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "dn_rpc_port|abc|an integer port 0..65535",
        "dn_rpc_port|65536|an integer port 0..65535",
        "dn_mpp_data_exchange_port|10740.5|an integer port 0..65535",
        "dn_rpc_address|999.1.1.1|an IPv4 address, host name or IPv6 address",
        "dn_seed_config_node|127.0.0.1:10710,cn-2|a comma-separated list of host:port, IPv6 in brackets as [::1]:10710 (entry 2 'cn-2': no ':port' after the host)",
        "dn_seed_config_node|127.0.0.1:10710,,cn-2:10710|a comma-separated list of host:port, IPv6 in brackets as [::1]:10710 (entry 2 is empty)",
        "dn_seed_config_node|::1:10710|a comma-separated list of host:port, IPv6 in brackets as [::1]:10710 (entry 1 '::1:10710': an IPv6 address needs brackets, as in [::1]:10710)",
        "dn_seed_config_node|cn-1:0|a comma-separated list of host:port, IPv6 in brackets as [::1]:10710 (entry 1 'cn-1:0' has port 0; give the port the node listens on)",
        "dn_data_dirs|/a,;/b|a comma-separated list of directory paths, with ';' between storage tiers (entry 2 is empty)",
        "data_region_consensus_protocol_class|org.apache.iotdb.consensus.iot.IoTConsensusV9|one of org.apache.iotdb.consensus.simple.SimpleConsensus, org.apache.iotdb.consensus.ratis.RatisConsensus, org.apache.iotdb.consensus.iot.IoTConsensus",
        "data_replication_factor|0|an integer >= 1",
        "timestamp_precision|MILLIS|one of ms, us, ns"
      })
  void badValuesAreOneLineNamingFileKeyAndValue(String key, String value, String expected)
      throws IOException {
    Path file =
        write(
            key.startsWith("dn_") ? "iotdb-datanode.properties" : "iotdb-common.properties",
            key + "=" + value);
    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals(
        "Invalid value '" + value + "' for " + key + " in " + file + ": expected " + expected,
        e.getMessage());
  }

  @Test
  void unknownKeysWarnOncePerKeyAndNeverStopTheNode() throws IOException {
    Path common = write("iotdb-common.properties", "enable_made_up_feature=true");
    Path node = write("iotdb-datanode.properties", "dn_rpc_prot=1", "cn_internal_port=20710");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      assertEquals(6667, load().rpcPort());
      assertEquals(
          List.of(
              "Unknown configuration key enable_made_up_feature in " + common + " is ignored",
              "Unknown configuration key dn_rpc_prot in "
                  + node
                  + " is ignored; did you mean dn_rpc_port?"),
          log.messages(Level.WARN));
    }
  }

  @Test
  void theIotdb12SeedNameStillWorks() throws IOException {
    Path node = write("iotdb-datanode.properties", "dn_target_config_node_list=cn-1:10710");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      assertEquals(List.of(new HostPort("cn-1", 10710)), load().seedConfigNodes());
      assertEquals(
          List.of(
              "dn_target_config_node_list in "
                  + node
                  + " is a deprecated name; use dn_seed_config_node"),
          log.messages(Level.WARN));
    }
  }

  @Test
  void aMissingConfDirectoryIsAClearError() {
    Path missing = conf.resolve("conf");
    ConfigException e =
        assertThrows(ConfigException.class, () -> DataNodeConfig.load(missing, home));
    assertEquals("Configuration directory " + missing + " does not exist", e.getMessage());
  }

  @Test
  void buildsFromPropertiesGivenInCodeWithEphemeralPorts() {
    DataNodeConfig c =
        DataNodeConfig.fromProperties(
            Map.of("dn_rpc_port", "0", "dn_internal_port", "0", "dn_data_dirs", "d1,d2"), home);
    assertEquals(0, c.rpcPort());
    assertEquals(List.of(home.resolve("d1"), home.resolve("d2")), c.dataDirs());
  }

  @Test
  void isImmutable() {
    for (Field f : DataNodeConfig.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName() + " must be final");
    }
    DataNodeConfig c = load();
    assertThrows(UnsupportedOperationException.class, () -> c.seedConfigNodes().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.dataDirTiers().get(0).clear());
    assertThrows(UnsupportedOperationException.class, () -> c.dataDirs().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.walDirs().clear());
    assertTrue(c.toString().startsWith("DataNodeConfig[dn_rpc_address=0.0.0.0, dn_rpc_port=6667"));
  }
}
