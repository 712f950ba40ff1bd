package org.stratadb.it.mini;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.stratadb.confignode.ConfigNode;
import org.stratadb.confignode.ConfigNodeOptions;
import org.stratadb.confignode.conf.ConfigNodeConfig;

/**
 * A ConfigNode of a {@link MiniCluster}.
 *
 * <p><b>What "kill" means here.</b> A ConfigNode has no crash mode, and none is needed to lose it
 * abruptly: {@link ConfigNode#stop()} hands nothing over (no leadership transfer, no goodbye to the
 * group); it closes its heartbeats, RPC server and consensus peer at once, and every committed
 * entry is already on disk. So {@link #kill()} is that same stop: to the rest of the cluster the
 * node vanishes, its ports close and its files stay as they are. What a kill cannot do in one JVM
 * is tear a file mid-write; the process harness's {@code kill -9} does that.
 */
public final class MiniConfigNode extends MiniNode {
  private final int index;
  private final ConfigNodeConfig config;
  private final ConfigNodeOptions options;
  private volatile ConfigNode instance;
  private volatile int nodeId = -1;

  MiniConfigNode(
      int index,
      Path home,
      Map<String, String> properties,
      ConfigNodeOptions options,
      Duration startTimeout,
      Duration stopTimeout) {
    super("cn" + index, home, properties, startTimeout, stopTimeout);
    this.index = index;
    this.config = ConfigNodeConfig.fromProperties(properties, home);
    this.options = options;
  }

  @Override
  void startInstance() {
    ConfigNode node = new ConfigNode(config, options);
    instance = node;
    node.start();
    nodeId = node.nodeId();
  }

  @Override
  void stopInstance() {
    ConfigNode node = instance;
    if (node != null) {
      node.stop();
    }
  }

  @Override
  void killInstance() {
    stopInstance();
  }

  /** Its place in the cluster: 0 for the seed. */
  public int index() {
    return index;
  }

  @Override
  public int nodeId() {
    ConfigNode node = instance;
    return node != null && node.nodeId() >= 0 ? node.nodeId() : nodeId;
  }

  /** Whether it runs and its consensus peer leads the ConfigNode group now. */
  public boolean isLeader() {
    ConfigNode node = instance;
    return isRunning() && node != null && node.isLeader();
  }

  /**
   * The running instance, for in-process inspection ({@link ConfigNode#state()}).
   *
   * @throws IllegalStateException if the node does not run
   */
  public ConfigNode node() {
    if (!isRunning()) {
      throw new IllegalStateException(name() + " does not run");
    }
    return instance;
  }

  public ConfigNodeConfig config() {
    return config;
  }

  public int internalPort() {
    return config.internalPort();
  }

  public int consensusPort() {
    return config.consensusPort();
  }
}
