package org.stratadb.confignode.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.stratadb.commons.config.ConfigException;
import org.stratadb.commons.config.ConfigLoader;
import org.stratadb.commons.config.ConfigOrigin;
import org.stratadb.commons.net.HostPort;
import org.stratadb.commons.testing.LogCapture;

class ConfigNodeConfigTest {
  private static final String SIMPLE = "org.apache.iotdb.consensus.simple.SimpleConsensus";

  @TempDir Path conf;
  @TempDir Path home;

  private Path write(String file, String... lines) throws IOException {
    return Files.write(conf.resolve(file), List.of(lines));
  }

  private ConfigNodeConfig load() {
    return ConfigNodeConfig.load(conf, home);
  }

  @Test
  void defaultsWhenNoFileExists() {
    ConfigNodeConfig c = load();
    assertEquals("127.0.0.1", c.internalAddress());
    assertEquals(10710, c.internalPort());
    assertEquals(10720, c.consensusPort());
    assertEquals(new HostPort("127.0.0.1", 10710), c.seedConfigNode());
    assertTrue(c.isSeed());
    assertEquals(home.resolve("data/confignode/system"), c.systemDir());
    assertEquals(home.resolve("data/confignode/consensus"), c.consensusDir());
    assertEquals(ConsensusProtocolClass.RATIS, c.cluster().configNodeConsensus());
    assertEquals(1000, c.cluster().seriesSlotNum());
  }

  @Test
  void legacyFilesOverrideDefaults() throws IOException {
    Path common =
        write("iotdb-common.properties", "cluster_name=prod", "schema_replication_factor=3");
    Path node =
        write(
            "iotdb-confignode.properties",
            "cn_internal_address=cn-2.example.com",
            "cn_internal_port=20710",
            "cn_seed_config_node=cn-1.example.com:10710",
            "cn_system_dir=/var/lib/strata/system");
    ConfigNodeConfig c = load();
    assertEquals("cn-2.example.com", c.internalAddress());
    assertEquals(new HostPort("cn-2.example.com", 20710), c.internalEndpoint());
    assertEquals(new HostPort("cn-2.example.com", 10720), c.consensusEndpoint());
    assertFalse(c.isSeed());
    assertEquals(Path.of("/var/lib/strata/system"), c.systemDir());
    assertEquals("prod", c.cluster().clusterName());
    assertEquals(3, c.cluster().schemaReplicationFactor());
    assertEquals(ConfigOrigin.file(common), c.values().origin(ClusterConfigKeys.CLUSTER_NAME));
    assertEquals(ConfigOrigin.file(node), c.values().origin(ConfigNodeConfigKeys.CN_INTERNAL_PORT));
  }

  @Test
  void singleSystemFileLayout() throws IOException {
    write(
        "iotdb-system.properties",
        "cluster_name=one-file",
        "cn_internal_port=30710",
        "dn_rpc_port=7777",
        "dn_seed_config_node=127.0.0.1:30710");
    ConfigNodeConfig c = load();
    assertEquals("one-file", c.cluster().clusterName());
    assertEquals(30710, c.internalPort());
  }

  @Test
  void systemFileOverridesLegacyFiles() throws IOException {
    write("iotdb-common.properties", "cluster_name=legacy", "data_replication_factor=2");
    write("iotdb-confignode.properties", "cn_internal_port=20710", "cn_consensus_port=20720");
    Path system = write("iotdb-system.properties", "cluster_name=new", "cn_internal_port=30710");
    ConfigNodeConfig c = load();
    assertEquals("new", c.cluster().clusterName());
    assertEquals(30710, c.internalPort());
    assertEquals(20720, c.consensusPort(), "untouched legacy value stays");
    assertEquals(2, c.cluster().dataReplicationFactor());
    assertEquals(
        ConfigOrigin.file(system), c.values().origin(ConfigNodeConfigKeys.CN_INTERNAL_PORT));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cn_internal_port|abc|an integer port 0..65535",
        "cn_internal_port|70000|an integer port 0..65535",
        "cn_consensus_port|-1|an integer port 0..65535",
        "cn_internal_address|10.0.0.1:10710|an IPv4 address, host name or IPv6 address",
        "cn_seed_config_node|127.0.0.1|host:port, IPv6 in brackets as [::1]:10710 (no ':port' after the host)",
        "cn_seed_config_node|127.0.0.1:10710,127.0.0.2:10710|host:port, IPv6 in brackets as [::1]:10710 (a list where a single host:port is expected)",
        "cn_seed_config_node|0.0.0.0:10710|host:port, IPv6 in brackets as [::1]:10710 ('0.0.0.0:10710' is a wildcard address; give the node's reachable address)",
        "config_node_consensus_protocol_class|org.apache.iotdb.consensus.iot.IoTConsensus|one of org.apache.iotdb.consensus.simple.SimpleConsensus, org.apache.iotdb.consensus.ratis.RatisConsensus (org.apache.iotdb.consensus.iot.IoTConsensus is not supported for this setting)",
        "schema_replication_factor|0|an integer >= 1",
        "timestamp_precision|sec|one of ms, us, ns"
      })
  void badValuesAreOneLineNamingFileKeyAndValue(String key, String value, String expected)
      throws IOException {
    Path file =
        write(
            key.startsWith("cn_") ? "iotdb-confignode.properties" : "iotdb-common.properties",
            key + "=" + value);
    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals(
        "Invalid value '" + value + "' for " + key + " in " + file + ": expected " + expected,
        e.getMessage());
  }

  @Test
  void simpleConsensusNeedsTheNodeToBeItsOwnSeed() throws IOException {
    Path common =
        write("iotdb-common.properties", "config_node_consensus_protocol_class=" + SIMPLE);
    Path node =
        write(
            "iotdb-confignode.properties",
            "cn_internal_address=10.0.0.1",
            "cn_seed_config_node=10.0.0.2:10710");
    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals(
        "Invalid value '10.0.0.2:10710' for cn_seed_config_node in "
            + node
            + ": expected 10.0.0.1:10710, this ConfigNode's own cn_internal_address:cn_internal_port,"
            + " because config_node_consensus_protocol_class="
            + SIMPLE
            + " (from "
            + common
            + ") runs a single ConfigNode",
        e.getMessage());
    write(
        "iotdb-confignode.properties",
        "cn_internal_address=10.0.0.1",
        "cn_seed_config_node=10.0.0.1:10710");
    assertEquals(ConsensusProtocolClass.SIMPLE, load().cluster().configNodeConsensus());
  }

  @Test
  void unknownConfigNodeKeysWarnButOtherRolesAndSharedKeysDoNot() throws IOException {
    Path node = write("iotdb-confignode.properties", "cn_internal_prot=1");
    write("iotdb-system.properties", "dn_rpc_port=6668", "dn_made_up=1", "wal_mode=ASYNC");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      assertEquals(10710, load().internalPort());
      assertEquals(
          List.of(
              "Unknown configuration key cn_internal_prot in "
                  + node
                  + " is ignored; did you mean cn_internal_port?"),
          log.messages(Level.WARN));
      assertEquals(1, log.messages(Level.INFO).size(), "one line naming the files read");
    }
  }

  @Test
  void theIotdb12SeedNameStillWorks() throws IOException {
    write("iotdb-confignode.properties", "cn_target_config_node_list=10.0.0.9:10710");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      assertEquals(new HostPort("10.0.0.9", 10710), load().seedConfigNode());
      assertEquals(1, log.messages(Level.WARN).size());
    }
  }

  @Test
  void aMissingConfDirectoryIsAClearError() {
    Path missing = conf.resolve("conf");
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigNodeConfig.load(missing, home));
    assertEquals("Configuration directory " + missing + " does not exist", e.getMessage());
  }

  @Test
  void buildsFromPropertiesGivenInCode() {
    ConfigNodeConfig c =
        ConfigNodeConfig.fromProperties(
            Map.of("cn_internal_port", "0", "cn_consensus_port", "0", "cn_system_dir", "sys"),
            home);
    assertEquals(0, c.internalPort());
    assertEquals(home.resolve("sys"), c.systemDir());
    assertEquals(
        "properties given in code",
        c.values().origin(ConfigNodeConfigKeys.CN_SYSTEM_DIR).toString());
  }

  @Test
  void isImmutable() {
    for (Field f : ConfigNodeConfig.class.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f.getName() + " must be final");
    }
    assertTrue(
        List.of(ConfigNodeConfig.class.getMethods()).stream()
            .noneMatch(m -> m.getName().startsWith("set")));
    assertThrows(UnsupportedOperationException.class, () -> ConfigNodeConfig.keys().clear());
    assertTrue(load().toString().startsWith("ConfigNodeConfig[cn_internal_address=127.0.0.1, "));
  }
}
