package org.stratadb.confignode.conf;

import static org.stratadb.confignode.conf.ConfigNodeConfigKeys.CN_CONSENSUS_DIR;
import static org.stratadb.confignode.conf.ConfigNodeConfigKeys.CN_CONSENSUS_PORT;
import static org.stratadb.confignode.conf.ConfigNodeConfigKeys.CN_INTERNAL_ADDRESS;
import static org.stratadb.confignode.conf.ConfigNodeConfigKeys.CN_INTERNAL_PORT;
import static org.stratadb.confignode.conf.ConfigNodeConfigKeys.CN_SEED_CONFIG_NODE;
import static org.stratadb.confignode.conf.ConfigNodeConfigKeys.CN_SYSTEM_DIR;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stratadb.commons.cluster.ClusterConfig;
import org.stratadb.commons.cluster.ClusterConfigKeys;
import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.commons.config.ConfigException;
import org.stratadb.commons.config.ConfigKey;
import org.stratadb.commons.config.ConfigLoader;
import org.stratadb.commons.config.ConfigOrigin;
import org.stratadb.commons.config.ConfigValues;
import org.stratadb.commons.config.NodeRole;
import org.stratadb.commons.net.HostPort;

/**
 * Everything a ConfigNode process is configured with: its own addresses, ports and directories
 * ({@link ConfigNodeConfigKeys}) and the cluster-wide {@link ClusterConfig}. Immutable; built once
 * at start-up and passed to the services through their constructors.
 *
 * <p>Directories are absolute, resolved against the home directory given to the loader. When the
 * ConfigNode group runs SimpleConsensus there is only one ConfigNode, so its seed must be itself.
 */
public final class ConfigNodeConfig {
  private final String internalAddress;
  private final int internalPort;
  private final int consensusPort;
  private final HostPort seedConfigNode;
  private final Path systemDir;
  private final Path consensusDir;
  private final ClusterConfig cluster;
  private final ConfigValues values;

  private ConfigNodeConfig(ConfigValues v, ClusterConfig cluster) {
    this.internalAddress = v.get(CN_INTERNAL_ADDRESS);
    this.internalPort = v.get(CN_INTERNAL_PORT);
    this.consensusPort = v.get(CN_CONSENSUS_PORT);
    this.seedConfigNode = v.get(CN_SEED_CONFIG_NODE);
    this.systemDir = v.resolve(v.get(CN_SYSTEM_DIR));
    this.consensusDir = v.resolve(v.get(CN_CONSENSUS_DIR));
    this.cluster = cluster;
    this.values = v;
  }

  /** Every key a ConfigNode declares: the shared ones and its own. */
  public static List<ConfigKey<?>> keys() {
    List<ConfigKey<?>> keys = new ArrayList<>(ClusterConfigKeys.ALL);
    keys.addAll(ConfigNodeConfigKeys.ALL);
    return List.copyOf(keys);
  }

  /** The loader with the ConfigNode's files, keys and unknown-key policy. */
  public static ConfigLoader loader() {
    return ConfigLoader.forRole(NodeRole.CONFIG_NODE, keys());
  }

  /**
   * Reads {@code iotdb-common.properties}, {@code iotdb-confignode.properties} and {@code
   * iotdb-system.properties} from {@code confDir}.
   *
   * @throws ConfigException if the directory is missing or a value is invalid
   */
  public static ConfigNodeConfig load(Path confDir, Path homeDir) {
    return from(loader().load(confDir, homeDir));
  }

  /** Builds a config from properties given in code, e.g. by a test cluster; same rules as files. */
  public static ConfigNodeConfig fromProperties(Map<String, String> properties, Path homeDir) {
    return from(loader().load(properties, ConfigOrigin.named("properties given in code"), homeDir));
  }

  /**
   * @param values loaded with {@link #keys()}
   * @throws ConfigException if the settings contradict each other
   */
  public static ConfigNodeConfig from(ConfigValues values) {
    ConfigNodeConfig config = new ConfigNodeConfig(values, ClusterConfig.from(values));
    if (config.cluster.configNodeConsensus() == ConsensusProtocolClass.SIMPLE && !config.isSeed()) {
      throw ConfigException.invalidValue(
          CN_SEED_CONFIG_NODE.name(),
          values.text(CN_SEED_CONFIG_NODE),
          values.origin(CN_SEED_CONFIG_NODE),
          config.internalEndpoint()
              + ", this ConfigNode's own cn_internal_address:cn_internal_port, because "
              + values.describe(ClusterConfigKeys.CONFIG_NODE_CONSENSUS_PROTOCOL_CLASS)
              + " runs a single ConfigNode");
    }
    return config;
  }

  public String internalAddress() {
    return internalAddress;
  }

  public int internalPort() {
    return internalPort;
  }

  public int consensusPort() {
    return consensusPort;
  }

  /** Where the internal RPC service listens and other nodes reach it. */
  public HostPort internalEndpoint() {
    return new HostPort(internalAddress, internalPort);
  }

  /** Where the ConfigNode group's consensus service listens. */
  public HostPort consensusEndpoint() {
    return new HostPort(internalAddress, consensusPort);
  }

  public HostPort seedConfigNode() {
    return seedConfigNode;
  }

  /** Whether this node is the seed (the first ConfigNode, which creates the cluster). */
  public boolean isSeed() {
    return seedConfigNode.host().equalsIgnoreCase(internalAddress)
        && seedConfigNode.port() == internalPort;
  }

  /** Absolute. */
  public Path systemDir() {
    return systemDir;
  }

  /** Absolute. */
  public Path consensusDir() {
    return consensusDir;
  }

  public ClusterConfig cluster() {
    return cluster;
  }

  /** The loaded values with their origins; for diagnostics. */
  public ConfigValues values() {
    return values;
  }

  @Override
  public String toString() {
    return ConfigNodeConfigKeys.ALL.stream()
            .map(k -> k.name() + "=" + values.text(k))
            .collect(Collectors.joining(", ", "ConfigNodeConfig[", ", "))
        + cluster
        + "]";
  }
}
