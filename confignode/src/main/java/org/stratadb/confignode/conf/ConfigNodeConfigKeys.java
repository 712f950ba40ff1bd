package org.stratadb.confignode.conf;

import java.nio.file.Path;
import java.util.List;
import org.stratadb.commons.config.ConfFileSpec;
import org.stratadb.commons.config.ConfigKey;
import org.stratadb.commons.config.ConfigTypes;
import org.stratadb.commons.config.Validators;
import org.stratadb.commons.net.HostPort;

/**
 * The keys only a ConfigNode reads, found in {@code iotdb-confignode.properties} (or {@code
 * iotdb-system.properties}), with Apache IoTDB 1.3's names and defaults.
 */
public final class ConfigNodeConfigKeys {

  public static final ConfigKey<String> CN_INTERNAL_ADDRESS =
      ConfigKey.builder("cn_internal_address", ConfigTypes.HOST)
          .defaultValue("127.0.0.1")
          .doc(
              "Address of this ConfigNode inside the cluster: it binds there, other nodes dial it.")
          .build();

  public static final ConfigKey<Integer> CN_INTERNAL_PORT =
      ConfigKey.builder("cn_internal_port", ConfigTypes.INT)
          .defaultValue(10710)
          .validator(Validators.port())
          .doc("Port of the internal RPC service that DataNodes and other ConfigNodes call.")
          .build();

  public static final ConfigKey<Integer> CN_CONSENSUS_PORT =
      ConfigKey.builder("cn_consensus_port", ConfigTypes.INT)
          .defaultValue(10720)
          .validator(Validators.port())
          .doc("Port on which the ConfigNodes replicate the cluster state among themselves.")
          .build();

  public static final ConfigKey<HostPort> CN_SEED_CONFIG_NODE =
      ConfigKey.builder("cn_seed_config_node", ConfigTypes.HOST_PORT)
          .defaultValue(new HostPort("127.0.0.1", 10710))
          .validator(Validators.connectable())
          .deprecatedName("cn_target_config_node_list")
          .doc(
              "A running ConfigNode to join through (the first one names itself); used until joined.")
          .build();

  public static final ConfigKey<Path> CN_SYSTEM_DIR =
      ConfigKey.builder("cn_system_dir", ConfigTypes.DIR)
          .defaultValue(Path.of("data/confignode/system"))
          .doc("Directory for this ConfigNode's system files; relative to the StrataDB home.")
          .build();

  public static final ConfigKey<Path> CN_CONSENSUS_DIR =
      ConfigKey.builder("cn_consensus_dir", ConfigTypes.DIR)
          .defaultValue(Path.of("data/confignode/consensus"))
          .doc("Directory for the consensus log and snapshots of the cluster state.")
          .build();

  /** The shipped {@code conf/iotdb-confignode.properties}. */
  public static final ConfFileSpec FILE =
      ConfFileSpec.builder("iotdb-confignode.properties", ConfigNodeConfigKeys.class)
          .purpose(
              "Settings read only by ConfigNodes, which read iotdb-common.properties as well.",
              "Each ConfigNode has its own copy: set its address and ports before the first start.")
          .section("Internal services", CN_INTERNAL_ADDRESS, CN_INTERNAL_PORT, CN_CONSENSUS_PORT)
          .section("Seed ConfigNode", CN_SEED_CONFIG_NODE)
          .section("Directories", CN_SYSTEM_DIR, CN_CONSENSUS_DIR)
          .build();

  /** Every ConfigNode-only key, in file order. */
  public static final List<ConfigKey<?>> ALL = FILE.keys();

  private ConfigNodeConfigKeys() {}
}
