package org.stratadb.datanode.cluster;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.StrataVersion;
import org.stratadb.commons.cluster.ClusterParameters;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.net.HostPort;
import org.stratadb.datanode.conf.DataNodeConfig;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.cluster.TNodeVersionInfo;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.common.TEndPoint;
import org.stratadb.protocol.confignode.TDataNodeRegisterReq;
import org.stratadb.protocol.confignode.TDataNodeRegisterResp;

/**
 * Registers a DataNode with the ConfigNode group: a new node gets an id, a restarted node sends the
 * id it stored and keeps it. A node that belonged to another cluster is refused before it asks.
 */
public final class Registrar {
  private static final Logger LOG = LoggerFactory.getLogger(Registrar.class);

  /** What registration gave: the node's id and the regions it must host. */
  public record Registration(int nodeId, List<TRegionReplicaSet> regions) {}

  private final DataNodeConfig config;
  private final NodeIdentity identity;
  private final ConfigNodeClient configNodes;

  public Registrar(DataNodeConfig config, NodeIdentity identity, ConfigNodeClient configNodes) {
    this.config = config;
    this.identity = identity;
    this.configNodes = configNodes;
  }

  public Registration register() {
    String clusterName = config.cluster().clusterName();
    identity
        .clusterName()
        .filter(stored -> !stored.equals(clusterName))
        .ifPresent(
            stored -> {
              throw new StrataException(
                  StatusCode.START_UP_ERROR,
                  "this DataNode belongs to cluster '"
                      + stored
                      + "' but cluster_name is '"
                      + clusterName
                      + "'; use the original name or a fresh dn_system_dir");
            });
    int knownId = identity.nodeId().orElse(-1);
    TDataNodeRegisterReq req =
        new TDataNodeRegisterReq(
            ClusterParameterMessages.toThrift(ClusterParameters.of(config.cluster())),
            location(knownId));
    req.setVersionInfo(new TNodeVersionInfo(StrataVersion.version(), StrataVersion.buildInfo()));
    TDataNodeRegisterResp resp =
        configNodes.call("register DataNode", c -> c.registerDataNode(req), r -> r.getStatus());
    int code = resp.getStatus().getCode();
    if (code == StatusCode.CONSENSUS_NOT_INITIALIZED.code()) {
      throw new StrataException(
          StatusCode.CONSENSUS_NOT_INITIALIZED,
          "the ConfigNode is not ready yet: " + resp.getStatus().getMessage());
    }
    if (code != StatusCode.SUCCESS_STATUS.code()) {
      throw new StrataException(
          StatusCode.START_UP_ERROR,
          "the ConfigNode refused this DataNode: " + resp.getStatus().getMessage());
    }
    int nodeId = resp.getDataNodeId();
    if (knownId >= 0 && knownId != nodeId) {
      throw new StrataException(
          StatusCode.START_UP_ERROR,
          "the ConfigNode gave id " + nodeId + " to a node that was " + knownId);
    }
    identity.store(nodeId, clusterName);
    if (resp.isSetConfigNodes()) {
      configNodes.learn(resp.getConfigNodes());
    }
    LOG.info(
        "DataNode {} {} with the cluster '{}'",
        nodeId,
        knownId < 0 ? "registered" : "re-joined",
        clusterName);
    List<TRegionReplicaSet> regions = resp.isSetRegions() ? resp.getRegions() : List.of();
    return new Registration(nodeId, regions);
  }

  /** This node's endpoints as the ConfigNode records them. */
  public TDataNodeLocation location(int nodeId) {
    String internal = config.internalAddress();
    return new TDataNodeLocation(
        nodeId,
        endPoint(config.rpcEndpoint()),
        endPoint(config.internalEndpoint()),
        new TEndPoint(internal, config.mppDataExchangePort()),
        new TEndPoint(internal, config.dataRegionConsensusPort()),
        new TEndPoint(internal, config.schemaRegionConsensusPort()));
  }

  private static TEndPoint endPoint(HostPort hp) {
    return new TEndPoint(hp.host(), hp.port());
  }
}
