package org.stratadb.datanode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.StrataVersion;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.net.HostPort;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.datanode.cluster.ConfigNodeClient;
import org.stratadb.datanode.cluster.NodeIdentity;
import org.stratadb.datanode.cluster.Registrar;
import org.stratadb.datanode.conf.DataNodeConfig;
import org.stratadb.datanode.coordinator.Coordinators;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.datanode.region.LocalRegionHost;
import org.stratadb.datanode.region.RegionManager;
import org.stratadb.datanode.rpc.client.ClientRpcLimits;
import org.stratadb.datanode.rpc.client.ClientRpcServer;
import org.stratadb.datanode.rpc.client.ClientRpcService;
import org.stratadb.datanode.rpc.client.ClientServiceInfo;
import org.stratadb.datanode.rpc.internal.InternalRpcServer;
import org.stratadb.datanode.rpc.internal.InternalServiceHandler;
import org.stratadb.datanode.schema.SchemaEngine;
import org.stratadb.datanode.schema.SchemaSettings;
import org.stratadb.datanode.session.SessionManager;
import org.stratadb.datanode.session.StaticAuthenticator;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.datanode.IDataNodeInternalService;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageException;

/**
 * One DataNode: storage and schema engines, the internal service the ConfigNode calls, the client
 * service on {@code dn_rpc_port}. Everything it uses is built here from its config; nothing is
 * static, so several DataNodes can run in one JVM.
 */
public final class DataNode {
  private static final Logger LOG = LoggerFactory.getLogger(DataNode.class);
  private static final Duration REGISTRATION_BUDGET = Duration.ofSeconds(120);

  private final DataNodeConfig config;
  private final List<AutoCloseable> closeOnStop = new ArrayList<>();
  private StorageEngine storage;
  private RegionManager regions;
  private ClientRpcServer clientServer;
  private int nodeId = -1;
  private boolean stopped;

  public DataNode(DataNodeConfig config) {
    this.config = config;
  }

  /**
   * Starts every service and registers with the ConfigNodes; returns once clients can connect.
   *
   * @throws StrataException START_UP_ERROR with a one-line reason when the node cannot start
   */
  public synchronized void start() {
    try {
      startServices();
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  private void startServices() {
    requireFreePort("dn_rpc_port", config.rpcAddress(), config.rpcPort());
    storage = StorageEngine.open(config.storageOptions(Runtime.getRuntime().maxMemory()));
    closeOnStop.add(storage);
    SchemaEngine schema =
        SchemaEngine.open(config.systemDir().resolve("schema"), SchemaSettings.defaults());
    closeOnStop.add(schema);
    regions = new RegionManager(storage);
    ConfigNodeClient configNodes =
        new ConfigNodeClient(
            config.seedConfigNodes(), Duration.ofSeconds(10), Duration.ofSeconds(20));
    closeOnStop.add(configNodes);
    PartitionSlots slots =
        new PartitionSlots(
            config.cluster().seriesSlotNum(), config.cluster().timePartitionInterval());
    PartitionCache partitions =
        new PartitionCache(
            configNodes, slots, config.autoCreateSchema(), config.defaultDatabaseLevel());
    LocalRegionHost host = new LocalRegionHost(regions, schema, storage, partitions);
    InternalServiceHandler handler =
        new InternalServiceHandler(
            host,
            req ->
                configNodes.learn(req.getConfigNodes() == null ? List.of() : req.getConfigNodes()));
    InternalRpcServer internal =
        new InternalRpcServer(
            "internal",
            config.internalEndpoint(),
            new IDataNodeInternalService.Processor<>(handler),
            32);
    closeOnStop.add(internal);
    internal.start();
    Registrar.Registration registration = register(configNodes);
    nodeId = registration.nodeId();
    openRegions(host, registration.regions());
    startClientService(Coordinators.create(config, partitions, schema, regions, configNodes));
    LOG.info("DataNode {} is ready", nodeId);
  }

  private Registrar.Registration register(ConfigNodeClient configNodes) {
    Registrar registrar = new Registrar(config, new NodeIdentity(config.systemDir()), configNodes);
    long deadline = System.nanoTime() + REGISTRATION_BUDGET.toNanos();
    while (true) {
      try {
        return registrar.register();
      } catch (StrataException e) {
        boolean retry =
            e.statusCode() == StatusCode.INTERNAL_REQUEST_TIME_OUT
                || e.statusCode() == StatusCode.CONSENSUS_NOT_INITIALIZED;
        if (!retry || System.nanoTime() > deadline) {
          throw e;
        }
        LOG.info("waiting for a ConfigNode at {}: {}", config.seedConfigNodes(), e.getMessage());
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrataException(StatusCode.START_UP_ERROR, "interrupted while registering");
    }
  }

  private void openRegions(LocalRegionHost host, List<TRegionReplicaSet> hosted) {
    for (TRegionReplicaSet set : hosted) {
      int id = set.getRegionId().getId();
      if (set.getRegionId().getType() == TConsensusGroupType.DATA_REGION && set.isSetDatabase()) {
        host.createDataRegion(id, set.getDatabase());
      }
    }
  }

  private void startClientService(org.stratadb.datanode.coordinator.Coordinator coordinator) {
    ClientRpcLimits limits = ClientRpcLimits.defaults();
    ClientServiceInfo info =
        new ClientServiceInfo(
            StrataVersion.version(),
            StrataVersion.buildInfo(),
            ClientServiceInfo.DEFAULT_LOGO,
            config.cluster().timestampPrecision(),
            limits.maxConnections(),
            limits.maxFrameBytes(),
            () -> false);
    ClientRpcService service =
        new ClientRpcService(
            coordinator, new SessionManager(StaticAuthenticator.withDefaultRoot()), info);
    clientServer = new ClientRpcServer(config.rpcAddress(), config.rpcPort(), service, limits);
    clientServer.start();
    closeOnStop.add(clientServer);
  }

  private static void requireFreePort(String key, String host, int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new StrataException(
          StatusCode.START_UP_ERROR,
          key
              + " "
              + new HostPort(host, port)
              + " is in use or cannot be bound: "
              + e.getMessage());
    }
  }

  /** The id the ConfigNode gave this node, or -1 before registration. */
  public int nodeId() {
    return nodeId;
  }

  /** The port the client service listens on; useful when configured with port 0. */
  public int rpcPort() {
    return clientServer == null ? -1 : clientServer.port();
  }

  /** Stops clients first, then flushes and closes every region. Idempotent. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (regions != null) {
      try {
        regions.flushAll();
      } catch (StrataException e) {
        LOG.warn("flush before stop failed: {}", e.getMessage());
      }
    }
    for (int i = closeOnStop.size() - 1; i >= 0; i--) {
      AutoCloseable c = closeOnStop.get(i);
      try {
        c.close();
      } catch (StorageException e) {
        LOG.warn("closing the storage engine failed: {}", e.getMessage());
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
    LOG.info("DataNode {} stopped", nodeId);
  }
}
