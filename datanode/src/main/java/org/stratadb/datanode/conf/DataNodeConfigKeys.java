package org.stratadb.datanode.conf;

import java.nio.file.Path;
import java.util.List;
import org.stratadb.commons.config.ConfFileSpec;
import org.stratadb.commons.config.ConfigKey;
import org.stratadb.commons.config.ConfigTypes;
import org.stratadb.commons.config.Validators;
import org.stratadb.commons.net.HostPort;

/**
 * The keys only a DataNode reads, found in {@code iotdb-datanode.properties} (or {@code
 * iotdb-system.properties}), with Apache IoTDB 1.3's names and defaults.
 */
public final class DataNodeConfigKeys {

  public static final ConfigKey<String> DN_RPC_ADDRESS =
      ConfigKey.builder("dn_rpc_address", ConfigTypes.HOST)
          .defaultValue("0.0.0.0")
          .doc("Address the client service (sessions, JDBC, CLI) binds to; 0.0.0.0 is every one.")
          .build();

  public static final ConfigKey<Integer> DN_RPC_PORT =
      ConfigKey.builder("dn_rpc_port", ConfigTypes.INT)
          .defaultValue(6667)
          .validator(Validators.port())
          .doc("Port of the client service.")
          .build();

  public static final ConfigKey<String> DN_INTERNAL_ADDRESS =
      ConfigKey.builder("dn_internal_address", ConfigTypes.HOST)
          .defaultValue("127.0.0.1")
          .doc("Address of this DataNode inside the cluster: it binds there, other nodes dial it.")
          .build();

  public static final ConfigKey<Integer> DN_INTERNAL_PORT =
      ConfigKey.builder("dn_internal_port", ConfigTypes.INT)
          .defaultValue(10730)
          .validator(Validators.port())
          .doc("Port of the internal RPC service that ConfigNodes and other DataNodes call.")
          .build();

  public static final ConfigKey<Integer> DN_MPP_DATA_EXCHANGE_PORT =
      ConfigKey.builder("dn_mpp_data_exchange_port", ConfigTypes.INT)
          .defaultValue(10740)
          .validator(Validators.port())
          .doc("Port over which DataNodes stream intermediate query results to each other.")
          .build();

  public static final ConfigKey<Integer> DN_SCHEMA_REGION_CONSENSUS_PORT =
      ConfigKey.builder("dn_schema_region_consensus_port", ConfigTypes.INT)
          .defaultValue(10750)
          .validator(Validators.port())
          .doc("Port on which the replicas of schema regions run their consensus protocol.")
          .build();

  public static final ConfigKey<Integer> DN_DATA_REGION_CONSENSUS_PORT =
      ConfigKey.builder("dn_data_region_consensus_port", ConfigTypes.INT)
          .defaultValue(10760)
          .validator(Validators.port())
          .doc("Port on which the replicas of data regions run their consensus protocol.")
          .build();

  public static final ConfigKey<List<HostPort>> DN_SEED_CONFIG_NODE =
      ConfigKey.builder("dn_seed_config_node", ConfigTypes.HOST_PORT_LIST)
          .defaultValue(List.of(new HostPort("127.0.0.1", 10710)))
          .validator(Validators.allConnectable())
          .deprecatedName("dn_target_config_node_list")
          .doc("Running ConfigNodes (cn_internal_address:cn_internal_port) to join through.")
          .build();

  public static final ConfigKey<Path> DN_SYSTEM_DIR =
      ConfigKey.builder("dn_system_dir", ConfigTypes.DIR)
          .defaultValue(Path.of("data/datanode/system"))
          .doc("Directory for this DataNode's system files; relative to the StrataDB home.")
          .build();

  public static final ConfigKey<List<List<Path>>> DN_DATA_DIRS =
      ConfigKey.builder("dn_data_dirs", ConfigTypes.DIR_TIERS)
          .defaultValue(List.of(List.of(Path.of("data/datanode/data"))))
          .doc("Directories for TsFiles: ',' spreads files over disks, ';' starts a colder tier.")
          .build();

  public static final ConfigKey<Path> DN_CONSENSUS_DIR =
      ConfigKey.builder("dn_consensus_dir", ConfigTypes.DIR)
          .defaultValue(Path.of("data/datanode/consensus"))
          .doc("Directory for the consensus logs and snapshots of this DataNode's regions.")
          .build();

  public static final ConfigKey<List<Path>> DN_WAL_DIRS =
      ConfigKey.builder("dn_wal_dirs", ConfigTypes.DIR_LIST)
          .defaultValue(List.of(Path.of("data/datanode/wal")))
          .doc("Directories for write-ahead logs; several spread the writes over disks.")
          .build();

  /** The shipped {@code conf/iotdb-datanode.properties}. */
  public static final ConfFileSpec FILE =
      ConfFileSpec.builder("iotdb-datanode.properties", DataNodeConfigKeys.class)
          .purpose(
              "Settings read only by DataNodes, which read iotdb-common.properties as well.",
              "Each DataNode has its own copy: set its addresses and ports before the first start.")
          .section("Client service", DN_RPC_ADDRESS, DN_RPC_PORT)
          .section(
              "Internal services",
              DN_INTERNAL_ADDRESS,
              DN_INTERNAL_PORT,
              DN_MPP_DATA_EXCHANGE_PORT,
              DN_SCHEMA_REGION_CONSENSUS_PORT,
              DN_DATA_REGION_CONSENSUS_PORT)
          .section("Seed ConfigNodes", DN_SEED_CONFIG_NODE)
          .section("Directories", DN_SYSTEM_DIR, DN_DATA_DIRS, DN_CONSENSUS_DIR, DN_WAL_DIRS)
          .build();

  /** Every DataNode-only key, in file order. */
  public static final List<ConfigKey<?>> ALL = FILE.keys();

  private DataNodeConfigKeys() {}
}
