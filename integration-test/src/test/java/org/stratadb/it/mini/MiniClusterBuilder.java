package org.stratadb.it.mini;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stratadb.confignode.ConfigNodeOptions;
import org.stratadb.consensus.ConsensusFactory;
import org.stratadb.consensus.ratis.RatisTuning;
import org.stratadb.it.FreePorts;

/**
 * Describes a {@link MiniCluster}; {@link #build()} picks its ports and lays out its homes.
 *
 * <p>Defaults suit fast tests: 1 ConfigNode and 1 DataNode, heartbeats every 300 ms (a node is
 * Unknown after three missed ones), Ratis elections after 1-2 s of silence, a start bounded by 90
 * s, a stop by 30 s.
 */
public final class MiniClusterBuilder {
  /** Where clusters live unless {@link #baseDir} says otherwise; the pom sets it under target/. */
  public static final String BASE_DIR_PROPERTY = "stratadb.mini.dir";

  private static final RatisTuning FAST_RATIS =
      new RatisTuning(Duration.ofMillis(1000), Duration.ofMillis(2000), 1L << 20, 1024);

  private String name = "cluster";
  private Path baseDir = Path.of(System.getProperty(BASE_DIR_PROPERTY, "target/mini"));
  private int configNodeCount = 1;
  private int dataNodeCount = 1;
  private final Map<String, String> common = new LinkedHashMap<>();
  private final Map<String, String> configNodeOnly = new LinkedHashMap<>();
  private final Map<String, String> dataNodeOnly = new LinkedHashMap<>();
  private Duration heartbeatInterval = Duration.ofMillis(300);
  private RatisTuning ratisTuning = FAST_RATIS;
  private ConfigNodeOptions configNodeOptions;
  private Duration startTimeout = Duration.ofSeconds(90);
  private Duration stopTimeout = Duration.ofSeconds(30);
  private Duration leaderTimeout = Duration.ofSeconds(60);
  private Duration threadTimeout = Duration.ofSeconds(20);
  private boolean checkThreads = true;

  MiniClusterBuilder() {}

  /** The cluster's directory name under the base dir; wiped at {@link #build()}. */
  public MiniClusterBuilder name(String name) {
    if (name.isBlank() || name.contains("/") || name.contains("..")) {
      throw new IllegalArgumentException("a plain directory name is needed: " + name);
    }
    this.name = name;
    return this;
  }

  /** Where the cluster's directory is made (default: system property stratadb.mini.dir). */
  public MiniClusterBuilder baseDir(Path dir) {
    this.baseDir = dir;
    return this;
  }

  public MiniClusterBuilder configNodes(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a cluster needs a ConfigNode");
    }
    this.configNodeCount = count;
    return this;
  }

  public MiniClusterBuilder dataNodes(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative DataNode count");
    }
    this.dataNodeCount = count;
    return this;
  }

  /** A setting for every node (e.g. a cluster-wide key of iotdb-common.properties). */
  public MiniClusterBuilder property(String key, String value) {
    common.put(key, value);
    return this;
  }

  /** A setting for every ConfigNode; wins over {@link #property}. */
  public MiniClusterBuilder configNodeProperty(String key, String value) {
    configNodeOnly.put(key, value);
    return this;
  }

  /** A setting for every DataNode; wins over {@link #property}. */
  public MiniClusterBuilder dataNodeProperty(String key, String value) {
    dataNodeOnly.put(key, value);
    return this;
  }

  /** heartbeat_interval_in_ms of every node (default 300 ms). */
  public MiniClusterBuilder heartbeatInterval(Duration interval) {
    this.heartbeatInterval = interval;
    return this;
  }

  /** Election timing of the ConfigNode group (default: 1-2 s). */
  public MiniClusterBuilder ratisTuning(RatisTuning tuning) {
    this.ratisTuning = tuning;
    return this;
  }

  /**
   * The ConfigNodes' options as a whole (clock, consensus, waits); replaces the default, which is
   * {@link ConfigNodeOptions#defaults()} with {@link #ratisTuning} and quick registration retries.
   */
  public MiniClusterBuilder configNodeOptions(ConfigNodeOptions options) {
    this.configNodeOptions = options;
    return this;
  }

  /** Bound on one node's start (default 90 s). */
  public MiniClusterBuilder startTimeout(Duration timeout) {
    this.startTimeout = timeout;
    return this;
  }

  /** Bound on one node's stop or kill (default 30 s). */
  public MiniClusterBuilder stopTimeout(Duration timeout) {
    this.stopTimeout = timeout;
    return this;
  }

  /** Bound on waiting for a ConfigNode leader (default 60 s). */
  public MiniClusterBuilder leaderTimeout(Duration timeout) {
    this.leaderTimeout = timeout;
    return this;
  }

  /**
   * Whether {@link MiniCluster#close()} checks, within {@code timeout}, that every thread started
   * since {@link #build()} has ended (default: yes, 20 s).
   */
  public MiniClusterBuilder checkThreadsOnClose(boolean check, Duration timeout) {
    this.checkThreads = check;
    this.threadTimeout = timeout;
    return this;
  }

  /**
   * Wipes the cluster's directory, picks every port, builds each node's config (so a bad setting
   * fails here) and returns the cluster, not yet started. The thread baseline is taken here.
   */
  public MiniCluster build() {
    ThreadLeaks threads = ThreadLeaks.baseline();
    Path dir = baseDir.resolve(name).toAbsolutePath().normalize();
    MiniCluster.deleteTree(dir);
    FreePorts ports = new FreePorts();
    int[] cnPorts = ports.take(2 * configNodeCount);
    String seed = "127.0.0.1:" + cnPorts[0];
    List<String> allConfigNodes = new ArrayList<>();
    for (int i = 0; i < configNodeCount; i++) {
      allConfigNodes.add("127.0.0.1:" + cnPorts[2 * i]);
    }
    ConfigNodeOptions options = configNodeOptions != null ? configNodeOptions : defaultOptions();

    List<MiniConfigNode> cns = new ArrayList<>();
    for (int i = 0; i < configNodeCount; i++) {
      Map<String, String> p = shared();
      p.put("cn_internal_address", "127.0.0.1");
      p.put("cn_internal_port", Integer.toString(cnPorts[2 * i]));
      p.put("cn_consensus_port", Integer.toString(cnPorts[2 * i + 1]));
      p.put("cn_seed_config_node", seed);
      p.putAll(configNodeOnly);
      cns.add(new MiniConfigNode(i, dir.resolve("cn" + i), p, options, startTimeout, stopTimeout));
    }
    List<MiniDataNode> dns = new ArrayList<>();
    for (int j = 0; j < dataNodeCount; j++) {
      int[] dnPorts = ports.take(5);
      Map<String, String> p = shared();
      p.put("dn_rpc_address", "127.0.0.1");
      p.put("dn_rpc_port", Integer.toString(dnPorts[0]));
      p.put("dn_internal_address", "127.0.0.1");
      p.put("dn_internal_port", Integer.toString(dnPorts[1]));
      p.put("dn_mpp_data_exchange_port", Integer.toString(dnPorts[2]));
      p.put("dn_schema_region_consensus_port", Integer.toString(dnPorts[3]));
      p.put("dn_data_region_consensus_port", Integer.toString(dnPorts[4]));
      p.put("dn_seed_config_node", String.join(",", allConfigNodes));
      p.putAll(dataNodeOnly);
      dns.add(new MiniDataNode(j, dir.resolve("dn" + j), p, startTimeout, stopTimeout));
    }
    return new MiniCluster(dir, cns, dns, threads, leaderTimeout, threadTimeout, checkThreads);
  }

  private Map<String, String> shared() {
    Map<String, String> p = new HashMap<>();
    p.put("heartbeat_interval_in_ms", Long.toString(heartbeatInterval.toMillis()));
    p.putAll(common);
    return p;
  }

  private ConfigNodeOptions defaultOptions() {
    RatisTuning tuning = ratisTuning;
    return ConfigNodeOptions.defaults()
        .withConsensus(
            (protocol, settings, registry) ->
                ConsensusFactory.create(protocol, settings, registry, tuning))
        .withRegistration(300, Duration.ofMillis(200));
  }

  @Override
  public String toString() {
    return configNodeCount
        + "C"
        + dataNodeCount
        + "D "
        + name
        + common.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", " {", "}"));
  }
}
