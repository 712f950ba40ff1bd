package org.stratadb.commons.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.net.HostPort;
import org.stratadb.commons.testing.LogCapture;

class ConfigLoaderTest {
  static final ConfigKey<Integer> DN_PORT =
      ConfigKey.builder("dn_port", ConfigTypes.INT)
          .defaultValue(100)
          .validator(Validators.port())
          .doc("A port.")
          .build();
  static final ConfigKey<List<HostPort>> DN_SEED =
      ConfigKey.builder("dn_seed", ConfigTypes.HOST_PORT_LIST)
          .defaultValue(List.of(new HostPort("127.0.0.1", 10710)))
          .validator(Validators.allConnectable())
          .deprecatedName("dn_old_seed")
          .doc("Seeds.")
          .build();
  static final ConfigKey<Boolean> SHARED_FLAG =
      ConfigKey.builder("shared_flag", ConfigTypes.BOOLEAN).defaultValue(false).doc("F.").build();
  static final ConfigKey<Path> DN_DIR =
      ConfigKey.builder("dn_dir", ConfigTypes.DIR)
          .defaultValue(Path.of("data/dn"))
          .doc("D.")
          .build();
  static final List<ConfigKey<?>> KEYS = List.of(DN_PORT, DN_SEED, SHARED_FLAG, DN_DIR);

  @TempDir Path conf;
  @TempDir Path home;

  private final ConfigLoader dataNode = ConfigLoader.forRole(NodeRole.DATA_NODE, KEYS);

  private Path write(String file, String... lines) throws IOException {
    return Files.write(conf.resolve(file), List.of(lines));
  }

  private static ConfigOrigin origin(Path file) {
    return ConfigOrigin.file(file);
  }

  @Test
  void everyKeyTakesItsDefaultWhenNoFileExists() {
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      ConfigValues values = dataNode.load(conf, home);
      assertEquals(100, values.get(DN_PORT));
      assertEquals(ConfigOrigin.DEFAULT, values.origin(DN_PORT));
      assertTrue(values.origin(SHARED_FLAG).isDefault());
      assertEquals(
          List.of(
              "DataNode: no configuration file in "
                  + conf
                  + " (looked for iotdb-common.properties, iotdb-datanode.properties,"
                  + " iotdb-system.properties); every setting takes its default"),
          log.messages(Level.WARN));
    }
  }

  @Test
  void legacyFilesOverrideDefaultsAndRememberTheirFile() throws IOException {
    Path common = write("iotdb-common.properties", "shared_flag=true");
    Path node = write("iotdb-datanode.properties", "dn_port=7777");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      ConfigValues values = dataNode.load(conf, home);
      assertEquals(true, values.get(SHARED_FLAG));
      assertEquals(origin(common), values.origin(SHARED_FLAG));
      assertEquals(7777, values.get(DN_PORT));
      assertEquals(origin(node), values.origin(DN_PORT));
      assertEquals(ConfigOrigin.DEFAULT, values.origin(DN_SEED));
      assertEquals(
          List.of(
              "DataNode configuration from "
                  + conf
                  + ": read iotdb-common.properties, iotdb-datanode.properties (later files"
                  + " override earlier ones); absent, so defaults apply: iotdb-system.properties"),
          log.messages(Level.INFO));
    }
  }

  @Test
  void roleFileOverridesCommonFile() throws IOException {
    write("iotdb-common.properties", "dn_port=1111");
    Path node = write("iotdb-datanode.properties", "dn_port=2222");
    ConfigValues values = dataNode.load(conf, home);
    assertEquals(2222, values.get(DN_PORT));
    assertEquals(origin(node), values.origin(DN_PORT));
  }

  @Test
  void singleSystemFileAlone() throws IOException {
    Path system = write("iotdb-system.properties", "dn_port=3333", "shared_flag=true");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      ConfigValues values = dataNode.load(conf, home);
      assertEquals(3333, values.get(DN_PORT));
      assertEquals(origin(system), values.origin(SHARED_FLAG));
      assertEquals(
          List.of(
              "DataNode configuration from "
                  + conf
                  + ": read iotdb-system.properties; absent, so defaults apply:"
                  + " iotdb-common.properties, iotdb-datanode.properties"),
          log.messages(Level.INFO));
    }
  }

  @Test
  void systemFileOverridesBothLegacyFiles() throws IOException {
    Path common = write("iotdb-common.properties", "shared_flag=true", "dn_port=1111");
    write("iotdb-datanode.properties", "dn_port=2222");
    Path system = write("iotdb-system.properties", "dn_port=3333");
    ConfigValues values = dataNode.load(conf, home);
    assertEquals(3333, values.get(DN_PORT));
    assertEquals(origin(system), values.origin(DN_PORT));
    assertEquals(true, values.get(SHARED_FLAG));
    assertEquals(origin(common), values.origin(SHARED_FLAG));
  }

  @Test
  void anEmptyValueCountsAsUnset() throws IOException {
    Path node = write("iotdb-datanode.properties", "dn_port=2222", "shared_flag=");
    write("iotdb-system.properties", "dn_port=   ");
    ConfigValues values = dataNode.load(conf, home);
    assertEquals(2222, values.get(DN_PORT));
    assertEquals(origin(node), values.origin(DN_PORT));
    assertEquals(false, values.get(SHARED_FLAG));
    assertTrue(values.origin(SHARED_FLAG).isDefault());
  }

  @Test
  void valuesAreTrimmed() throws IOException {
    write("iotdb-datanode.properties", "  dn_port =   8888   \t", "dn_seed= a:1 , b:2 ");
    ConfigValues values = dataNode.load(conf, home);
    assertEquals(8888, values.get(DN_PORT));
    assertEquals(List.of(new HostPort("a", 1), new HostPort("b", 2)), values.get(DN_SEED));
  }

  @Test
  void anInvalidValueNamesFileKeyValueAndExpectation() throws IOException {
    Path node = write("iotdb-datanode.properties", "dn_port=abc");
    ConfigException e = assertThrows(ConfigException.class, () -> dataNode.load(conf, home));
    assertEquals(
        "Invalid value 'abc' for dn_port in " + node + ": expected an integer port 0..65535",
        e.getMessage());
  }

  @Test
  void aValidatorDetailIsAppended() throws IOException {
    Path node = write("iotdb-datanode.properties", "dn_seed=10.0.0.1:10710,0.0.0.0:10710");
    ConfigException e = assertThrows(ConfigException.class, () -> dataNode.load(conf, home));
    assertEquals(
        "Invalid value '10.0.0.1:10710,0.0.0.0:10710' for dn_seed in "
            + node
            + ": expected a comma-separated list of host:port, IPv6 in brackets as [::1]:10710"
            + " (entry 2 '0.0.0.0:10710' is a wildcard address; give the node's reachable address)",
        e.getMessage());
  }

  @Test
  void aBadValueOverriddenByALaterFileIsNeverParsed() throws IOException {
    write("iotdb-datanode.properties", "dn_port=abc");
    write("iotdb-system.properties", "dn_port=5");
    assertEquals(5, dataNode.load(conf, home).get(DN_PORT));
  }

  @Test
  void unknownKeysWithTheOwnPrefixAreWarnedAboutButNotFatal() throws IOException {
    Path node = write("iotdb-datanode.properties", "dn_prot=1", "dn_whatever=2");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      ConfigValues values = dataNode.load(conf, home);
      assertEquals(100, values.get(DN_PORT));
      assertEquals(
          List.of(
              "Unknown configuration key dn_prot in " + node + " is ignored; did you mean dn_port?",
              "Unknown configuration key dn_whatever in " + node + " is ignored"),
          log.messages(Level.WARN));
    }
  }

  @Test
  void otherRoleKeysAreIgnoredAndSharedKeysCheckedOnlyByTheDataNode() throws IOException {
    Path system = write("iotdb-system.properties", "cn_internal_port=1", "mystery_key=2");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      dataNode.load(conf, home);
      assertEquals(
          List.of("Unknown configuration key mystery_key in " + system + " is ignored"),
          log.messages(Level.WARN));
    }
    write("iotdb-system.properties", "dn_internal_port=1", "mystery_key=2");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      ConfigLoader.forRole(NodeRole.CONFIG_NODE, KEYS).load(conf, home);
      assertEquals(List.of(), log.messages(Level.WARN));
    }
  }

  @Test
  void deprecatedNamesStillWorkWithAWarning() throws IOException {
    Path node = write("iotdb-datanode.properties", "dn_old_seed=h:1");
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      assertEquals(List.of(new HostPort("h", 1)), dataNode.load(conf, home).get(DN_SEED));
      assertEquals(
          List.of("dn_old_seed in " + node + " is a deprecated name; use dn_seed"),
          log.messages(Level.WARN));
    }
    write("iotdb-datanode.properties", "dn_old_seed=h:1", "dn_seed=n:2");
    assertEquals(List.of(new HostPort("n", 2)), dataNode.load(conf, home).get(DN_SEED));
  }

  @Test
  void anInvalidValueUnderADeprecatedNameIsReportedUnderThatName() throws IOException {
    Path node = write("iotdb-datanode.properties", "dn_old_seed=h");
    ConfigException e = assertThrows(ConfigException.class, () -> dataNode.load(conf, home));
    assertTrue(
        e.getMessage().startsWith("Invalid value 'h' for dn_old_seed in " + node), e.getMessage());
  }

  @Test
  void aMissingConfDirectoryIsAClearError() {
    Path missing = conf.resolve("nope");
    ConfigException e = assertThrows(ConfigException.class, () -> dataNode.load(missing, home));
    assertEquals("Configuration directory " + missing + " does not exist", e.getMessage());
  }

  @Test
  void aConfPathThatIsAFileIsAClearError() throws IOException {
    Path file = write("iotdb-common.properties", "");
    ConfigException e = assertThrows(ConfigException.class, () -> dataNode.load(file, home));
    assertEquals("Configuration directory " + file + " is not a directory", e.getMessage());
  }

  @Test
  void aMalformedFileIsAClearError() throws IOException {
    Path node = write("iotdb-datanode.properties", "dn_port=\\uZZZZ");
    ConfigException e = assertThrows(ConfigException.class, () -> dataNode.load(conf, home));
    assertTrue(e.getMessage().startsWith("Cannot parse " + node + ": "), e.getMessage());
  }

  @Test
  void relativeDirectoriesResolveAgainstHome() throws IOException {
    ConfigValues defaults = dataNode.load(conf, home);
    assertEquals(home.resolve("data/dn"), defaults.resolve(defaults.get(DN_DIR)));
    write("iotdb-datanode.properties", "dn_dir=/var/lib/strata");
    ConfigValues absolute = dataNode.load(conf, home);
    assertEquals(Path.of("/var/lib/strata"), absolute.resolve(absolute.get(DN_DIR)));
  }

  @Test
  void loadsFromAMapUnderTheSameRules() {
    ConfigOrigin source = ConfigOrigin.named("test properties");
    ConfigValues values = dataNode.load(Map.of("dn_port", " 9 ", "shared_flag", ""), source, home);
    assertEquals(9, values.get(DN_PORT));
    assertEquals(source, values.origin(DN_PORT));
    assertEquals("dn_port=9 (from test properties)", values.describe(DN_PORT));
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> dataNode.load(Map.of("dn_port", "x"), source, home));
    assertEquals(
        "Invalid value 'x' for dn_port in test properties: expected an integer port 0..65535",
        e.getMessage());
  }

  @Test
  void valuesRefuseKeysThatWereNotLoaded() {
    ConfigValues values = ConfigValues.defaults(List.of(DN_PORT), home);
    assertThrows(IllegalArgumentException.class, () -> values.get(SHARED_FLAG));
  }

  @Test
  void duplicateDeclarationsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ConfigLoader.forRole(NodeRole.DATA_NODE, List.of(DN_PORT, DN_PORT)));
  }

  @Test
  void errorMessagesStayOnOneLine() {
    ConfigException e =
        ConfigException.invalidValue("k", "a\nb", ConfigOrigin.named("x"), "something");
    assertEquals("Invalid value 'a\\nb' for k in x: expected something", e.getMessage());
  }
}
