package org.stratadb.confignode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.commons.net.HostPort;
import org.stratadb.confignode.client.ConfigNodeClients;
import org.stratadb.confignode.client.DataNodeClients;
import org.stratadb.confignode.client.Endpoints;
import org.stratadb.confignode.conf.ConfigNodeConfig;
import org.stratadb.confignode.consensus.ConfigRegion;
import org.stratadb.confignode.heartbeat.HeartbeatService;
import org.stratadb.confignode.heartbeat.NodeStatusTracker;
import org.stratadb.confignode.rpc.ConfigNodeRpcServer;
import org.stratadb.confignode.rpc.ConfigNodeRpcService;
import org.stratadb.confignode.service.ClusterInfoService;
import org.stratadb.confignode.service.ClusterParameters;
import org.stratadb.confignode.service.DataPartitionService;
import org.stratadb.confignode.service.DatabaseService;
import org.stratadb.confignode.service.NodeService;
import org.stratadb.confignode.service.PartitionService;
import org.stratadb.confignode.service.ServiceContext;
import org.stratadb.confignode.state.ClusterState;
import org.stratadb.confignode.state.ConfigStateMachine;
import org.stratadb.confignode.state.StateJournal;
import org.stratadb.confignode.system.SystemProperties;
import org.stratadb.consensus.api.ConsensusException;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.protocol.cluster.TClusterParameters;
import org.stratadb.protocol.cluster.TConfigNodeLocation;
import org.stratadb.protocol.confignode.TConfigNodeJoinReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterResp;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TConfigNodeRecord;
import org.stratadb.protocol.confignode.state.TInitClusterCommand;

/**
 * One ConfigNode: its RPC server, its replica of the cluster state, and, while it leads, the
 * heartbeats. Holds no static state, so several run in one JVM.
 *
 * <p>Start-up: a node with a saved identity (cn_system_dir) recovers it and its consensus peer.
 * Otherwise the seed (cn_seed_config_node is itself) creates the group with itself as node 0 and
 * initialises the cluster; any other node registers through the seed for an id, saves it, starts
 * its peer and asks the leader to add it. Once a step is saved, a restart resumes after it.
 */
public final class ConfigNode implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigNode.class);

  private final ConfigNodeConfig config;
  private final ConfigNodeOptions options;
  private final ClusterState state = new ClusterState();
  private final NodeStatusTracker statuses;
  private volatile int nodeId = -1;
  private ConfigNodeRpcServer rpc;
  private IConsensus consensus;
  private ConfigRegion region;
  private HeartbeatService heartbeats;
  private DataNodeClients dataNodeClients;
  private ConfigNodeClients configNodeClients;
  private ExecutorService regionOps;
  private boolean started;
  private boolean stopped;

  public ConfigNode(ConfigNodeConfig config) {
    this(config, ConfigNodeOptions.defaults());
  }

  public ConfigNode(ConfigNodeConfig config, ConfigNodeOptions options) {
    this.config = config;
    this.options = options;
    Duration interval = config.cluster().heartbeatInterval();
    this.statuses =
        new NodeStatusTracker(
            options.clock(), interval.multipliedBy(options.unknownAfterHeartbeats()));
  }

  /**
   * Starts the node and returns once it serves.
   *
   * @throws ConfigNodeStartupException with a one-line reason if it cannot start; whatever had
   *     started is stopped again
   */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("a ConfigNode starts once");
    }
    started = true;
    try {
      doStart();
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  private void doStart() {
    createDirectories();
    TClusterParameters parameters = ClusterParameters.of(config.cluster());
    Optional<SystemProperties> saved = SystemProperties.load(config.systemDir());
    saved.ifPresent(s -> s.requireUnchanged(parameters));
    rpc = ConfigNodeRpcServer.bind(config.internalEndpoint());
    requirePortFree(config.consensusEndpoint());
    dataNodeClients = new DataNodeClients(options.dataNodeRequestTimeout());
    configNodeClients = new ConfigNodeClients();
    ClusterJoiner joiner =
        new ClusterJoiner(
            configNodeClients,
            config.seedConfigNode(),
            options.registrationAttempts(),
            options.registrationRetryDelay(),
            options.consensusRequestTimeout().plus(options.leaderWait()),
            options.startupTimeout());

    SystemProperties identity = saved.orElseGet(() -> newIdentity(parameters, joiner));
    nodeId = identity.nodeId();
    regionOps = Executors.newFixedThreadPool(8, daemonThreads("cn" + nodeId + "-region-ops"));
    boolean hasPeer = startConsensus(identity);
    rpc.serve(rpcService(), "cn" + nodeId);
    if (!identity.joined()) {
      List<TConfigNodeLocation> members = identity.members();
      if (!hasPeer) {
        createPeer(members);
      }
      if (identity.nodeId() == 0 && config.isSeed()) {
        initialiseCluster(parameters);
      } else {
        joiner.join(
            new TConfigNodeJoinReq(location(nodeId)).setVersionInfo(NodeVersion.info()),
            () -> {
              try {
                dropPeer();
              } catch (ConfigNodeStartupException e) {
                LOG.warn("{}; creating a new peer anyway", e.getMessage());
              }
              createPeer(members);
            });
      }
      identity = identity.joined(members());
      identity.store(config.systemDir());
    }
    heartbeats =
        new HeartbeatService(
            nodeId,
            state,
            region,
            statuses,
            dataNodeClients,
            configNodeClients,
            options.clock(),
            config.cluster().heartbeatInterval());
    heartbeats.start();
    LOG.info("ConfigNode {} is ready", nodeId);
  }

  private void createDirectories() {
    for (Path dir : List.of(config.systemDir(), config.consensusDir())) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new ConfigNodeStartupException("cannot create directory " + dir + ": " + e, e);
      }
    }
  }

  private static void requirePortFree(HostPort endpoint) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(endpoint.host(), endpoint.port()));
    } catch (IOException e) {
      throw new ConfigNodeStartupException(
          "cannot listen on cn_internal_address:cn_consensus_port "
              + endpoint
              + " (is the port already in use?): "
              + e.getMessage());
    }
  }

  /** Seed: node 0, alone. Others: an id from the cluster, saved before anything else. */
  private SystemProperties newIdentity(TClusterParameters parameters, ClusterJoiner joiner) {
    if (config.isSeed()) {
      return new SystemProperties(0, false, List.of(location(0)), parameters);
    }
    TConfigNodeRegisterResp resp =
        joiner.register(
            new TConfigNodeRegisterReq(parameters, location(-1))
                .setVersionInfo(NodeVersion.info()));
    SystemProperties identity =
        new SystemProperties(resp.getConfigNodeId(), false, resp.getConfigNodes(), parameters);
    identity.store(config.systemDir());
    LOG.info("Registered with the cluster as ConfigNode {}", identity.nodeId());
    return identity;
  }

  /** Starts the consensus; returns whether this node's peer of the group already exists. */
  private boolean startConsensus(SystemProperties identity) {
    ConsensusSettings settings =
        new ConsensusSettings(
            identity.nodeId(),
            config.consensusEndpoint(),
            config.consensusDir(),
            options.snapshotEveryEntries(),
            options.consensusRequestTimeout());
    StateJournal journal =
        config.cluster().configNodeConsensus() == ConsensusProtocolClass.SIMPLE
            ? new StateJournal(config.systemDir().resolve("state"), options.snapshotEveryEntries())
            : null;
    ConfigStateMachine machine = new ConfigStateMachine(state, leading -> {}, journal);
    try {
      consensus =
          options
              .consensus()
              .create(
                  config.cluster().configNodeConsensus(),
                  settings,
                  group -> {
                    if (!group.equals(ConfigRegion.GROUP)) {
                      throw new IllegalArgumentException("a ConfigNode hosts no " + group);
                    }
                    return machine;
                  });
      consensus.start();
      region = new ConfigRegion(consensus, state, identity.nodeId());
    } catch (ConsensusException e) {
      throw new ConfigNodeStartupException(
          "the ConfigNode consensus cannot start: " + e.getMessage(), e);
    }
    boolean hasPeer = consensus.groups().contains(ConfigRegion.GROUP);
    if (!hasPeer && identity.joined()) {
      throw new ConfigNodeStartupException(
          "ConfigNode "
              + identity.nodeId()
              + " has joined the cluster but its consensus data is missing from "
              + config.consensusDir()
              + "; restore it, or clean this ConfigNode (sbin/destroy-confignode.sh)");
    }
    return hasPeer;
  }

  private void dropPeer() {
    try {
      consensus.deleteLocalPeer(ConfigRegion.GROUP);
    } catch (ConsensusException e) {
      throw new ConfigNodeStartupException(
          "cannot drop the consensus peer of an interrupted join: " + e.getMessage(), e);
    }
  }

  private void createPeer(List<TConfigNodeLocation> members) {
    try {
      consensus.createLocalPeer(ConfigRegion.GROUP, ConfigRegion.peers(members));
    } catch (ConsensusException e) {
      throw new ConfigNodeStartupException(
          "cannot create the ConfigNode consensus peer: " + e.getMessage(), e);
    }
  }

  private void initialiseCluster(TClusterParameters parameters) {
    if (!region.awaitLeadership(options.startupTimeout())) {
      throw new ConfigNodeStartupException(
          "the seed ConfigNode did not become leader within " + options.startupTimeout());
    }
    TConfigNodeRecord self = new TConfigNodeRecord(location(0)).setVersionInfo(NodeVersion.info());
    region.write(TConfigCommand.initCluster(new TInitClusterCommand(parameters, self)));
    LOG.info("Created cluster {} with this ConfigNode as node 0", parameters.getClusterName());
  }

  private ConfigNodeRpcService rpcService() {
    ServiceContext ctx =
        new ServiceContext(
            config,
            state,
            region,
            statuses,
            dataNodeClients,
            options.clock(),
            new ReentrantLock(),
            regionOps);
    DatabaseService databases = new DatabaseService(ctx);
    PartitionService partitions = new PartitionService(ctx, databases);
    return new ConfigNodeRpcService(
        region,
        new ConfigNodeRpcService.Handlers(
            new NodeService(ctx),
            databases,
            partitions,
            new DataPartitionService(ctx, partitions),
            new ClusterInfoService(ctx)),
        options.leaderWait(),
        options.clock());
  }

  private TConfigNodeLocation location(int id) {
    return new TConfigNodeLocation(
        id, Endpoints.of(config.internalEndpoint()), Endpoints.of(config.consensusEndpoint()));
  }

  private List<TConfigNodeLocation> members() {
    return state.read(
        v -> {
          List<TConfigNodeLocation> out = new ArrayList<>();
          v.configNodes().forEach(n -> out.add(n.getLocation().deepCopy()));
          return out;
        });
  }

  /** This node's id; -1 before it has one. */
  public int nodeId() {
    return nodeId;
  }

  public boolean isLeader() {
    return region != null && region.isLeader();
  }

  /** The replicated state, for in-process inspection (tests, diagnostics). */
  public ClusterState state() {
    return state;
  }

  public ConfigNodeConfig config() {
    return config;
  }

  /** Stops serving, heartbeating and the consensus peer; its files stay. Idempotent. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    closeQuietly(heartbeats);
    closeQuietly(rpc);
    if (consensus != null) {
      try {
        consensus.close();
      } catch (ConsensusException | RuntimeException e) {
        LOG.warn("Stopping the consensus of ConfigNode {} failed: {}", nodeId, e.toString());
      }
    }
    closeQuietly(dataNodeClients);
    closeQuietly(configNodeClients);
    if (regionOps != null) {
      regionOps.shutdownNow();
      try {
        regionOps.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (nodeId >= 0) {
      LOG.info("ConfigNode {} stopped", nodeId);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("Closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
