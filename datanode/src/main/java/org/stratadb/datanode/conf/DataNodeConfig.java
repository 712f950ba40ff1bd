package org.stratadb.datanode.conf;

import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_CONSENSUS_DIR;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_DATA_DIRS;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_DATA_REGION_CONSENSUS_PORT;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_INTERNAL_ADDRESS;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_INTERNAL_PORT;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_MPP_DATA_EXCHANGE_PORT;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_RPC_ADDRESS;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_RPC_PORT;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_SCHEMA_REGION_CONSENSUS_PORT;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_SEED_CONFIG_NODE;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_SYSTEM_DIR;
import static org.stratadb.datanode.conf.DataNodeConfigKeys.DN_WAL_DIRS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stratadb.commons.cluster.ClusterConfig;
import org.stratadb.commons.cluster.ClusterConfigKeys;
import org.stratadb.commons.config.ConfigException;
import org.stratadb.commons.config.ConfigKey;
import org.stratadb.commons.config.ConfigLoader;
import org.stratadb.commons.config.ConfigOrigin;
import org.stratadb.commons.config.ConfigValues;
import org.stratadb.commons.config.NodeRole;
import org.stratadb.commons.net.HostPort;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.config.StorageConfigKeys;
import org.stratadb.storage.config.StorageConfigs;

/**
 * Everything a DataNode process is configured with: its own addresses, ports, seeds and directories
 * ({@link DataNodeConfigKeys}) and the cluster-wide {@link ClusterConfig}. Immutable; built once at
 * start-up and passed to the services through their constructors.
 *
 * <p>Directories are absolute, resolved against the home directory given to the loader. Data
 * directories keep IoTDB's storage tiers: the first tier is the hottest.
 */
public final class DataNodeConfig {
  private final String rpcAddress;
  private final int rpcPort;
  private final String internalAddress;
  private final int internalPort;
  private final int mppDataExchangePort;
  private final int schemaRegionConsensusPort;
  private final int dataRegionConsensusPort;
  private final List<HostPort> seedConfigNodes;
  private final Path systemDir;
  private final List<List<Path>> dataDirTiers;
  private final Path consensusDir;
  private final List<Path> walDirs;
  private final ClusterConfig cluster;
  private final ConfigValues values;

  private DataNodeConfig(ConfigValues v, ClusterConfig cluster) {
    this.rpcAddress = v.get(DN_RPC_ADDRESS);
    this.rpcPort = v.get(DN_RPC_PORT);
    this.internalAddress = v.get(DN_INTERNAL_ADDRESS);
    this.internalPort = v.get(DN_INTERNAL_PORT);
    this.mppDataExchangePort = v.get(DN_MPP_DATA_EXCHANGE_PORT);
    this.schemaRegionConsensusPort = v.get(DN_SCHEMA_REGION_CONSENSUS_PORT);
    this.dataRegionConsensusPort = v.get(DN_DATA_REGION_CONSENSUS_PORT);
    this.seedConfigNodes = v.get(DN_SEED_CONFIG_NODE);
    this.systemDir = v.resolve(v.get(DN_SYSTEM_DIR));
    this.dataDirTiers = v.get(DN_DATA_DIRS).stream().map(v::resolveAll).toList();
    this.consensusDir = v.resolve(v.get(DN_CONSENSUS_DIR));
    this.walDirs = v.resolveAll(v.get(DN_WAL_DIRS));
    this.cluster = cluster;
    this.values = v;
  }

  /** Every key a DataNode declares: the shared ones and its own. */
  public static List<ConfigKey<?>> keys() {
    List<ConfigKey<?>> keys = new ArrayList<>(ClusterConfigKeys.ALL);
    keys.addAll(StorageConfigKeys.ALL);
    keys.addAll(SchemaConfigKeys.ALL);
    keys.addAll(DataNodeConfigKeys.ALL);
    return List.copyOf(keys);
  }

  /** The loader with the DataNode's files, keys and unknown-key policy. */
  public static ConfigLoader loader() {
    return ConfigLoader.forRole(NodeRole.DATA_NODE, keys());
  }

  /**
   * Reads {@code iotdb-common.properties}, {@code iotdb-datanode.properties} and {@code
   * iotdb-system.properties} from {@code confDir}.
   *
   * @throws ConfigException if the directory is missing or a value is invalid
   */
  public static DataNodeConfig load(Path confDir, Path homeDir) {
    return from(loader().load(confDir, homeDir));
  }

  /** Builds a config from properties given in code, e.g. by a test cluster; same rules as files. */
  public static DataNodeConfig fromProperties(Map<String, String> properties, Path homeDir) {
    return from(loader().load(properties, ConfigOrigin.named("properties given in code"), homeDir));
  }

  /**
   * @param values loaded with {@link #keys()}
   * @throws ConfigException if the settings contradict each other
   */
  public static DataNodeConfig from(ConfigValues values) {
    return new DataNodeConfig(values, ClusterConfig.from(values));
  }

  public String rpcAddress() {
    return rpcAddress;
  }

  /** The storage engine's options: all data tiers, the first WAL dir, a share of {@code heap}. */
  public StorageOptions storageOptions(long maxHeapBytes) {
    List<Path> dataDirs = dataDirTiers.stream().flatMap(List::stream).toList();
    return StorageConfigs.from(
        values, dataDirs, walDirs.get(0), cluster.timePartitionInterval(), maxHeapBytes);
  }

  public int rpcPort() {
    return rpcPort;
  }

  /** Where the client service listens. */
  public HostPort rpcEndpoint() {
    return new HostPort(rpcAddress, rpcPort);
  }

  public String internalAddress() {
    return internalAddress;
  }

  public int internalPort() {
    return internalPort;
  }

  /** Where the internal RPC service listens and other nodes reach it. */
  public HostPort internalEndpoint() {
    return new HostPort(internalAddress, internalPort);
  }

  public int mppDataExchangePort() {
    return mppDataExchangePort;
  }

  public int schemaRegionConsensusPort() {
    return schemaRegionConsensusPort;
  }

  public int dataRegionConsensusPort() {
    return dataRegionConsensusPort;
  }

  /** The ConfigNodes to register through, in the order given; never empty. */
  public List<HostPort> seedConfigNodes() {
    return seedConfigNodes;
  }

  /** Absolute. */
  public Path systemDir() {
    return systemDir;
  }

  /** Absolute data directories, grouped by storage tier, hottest tier first. */
  public List<List<Path>> dataDirTiers() {
    return dataDirTiers;
  }

  /** Every absolute data directory, tier after tier. */
  public List<Path> dataDirs() {
    return dataDirTiers.stream().flatMap(List::stream).toList();
  }

  /** Absolute. */
  public Path consensusDir() {
    return consensusDir;
  }

  /** Absolute. */
  public List<Path> walDirs() {
    return walDirs;
  }

  /** Whether writes create missing databases and timeseries ({@code enable_auto_create_schema}). */
  public boolean autoCreateSchema() {
    return values.get(SchemaConfigKeys.ENABLE_AUTO_CREATE_SCHEMA);
  }

  /** The level of automatically created databases ({@code default_storage_group_level}). */
  public int defaultDatabaseLevel() {
    return values.get(SchemaConfigKeys.DEFAULT_STORAGE_GROUP_LEVEL);
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
    return DataNodeConfigKeys.ALL.stream()
            .map(k -> k.name() + "=" + values.text(k))
            .collect(Collectors.joining(", ", "DataNodeConfig[", ", "))
        + cluster
        + "]";
  }
}
