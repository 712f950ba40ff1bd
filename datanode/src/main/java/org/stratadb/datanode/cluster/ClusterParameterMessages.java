package org.stratadb.datanode.cluster;

import org.stratadb.commons.cluster.ClusterParameters;
import org.stratadb.protocol.cluster.TClusterParameters;

/** Converts the shared cluster settings to their Thrift form for registration. */
final class ClusterParameterMessages {
  private ClusterParameterMessages() {}

  static TClusterParameters toThrift(ClusterParameters p) {
    return new TClusterParameters(
        p.clusterName(),
        p.configNodeConsensusProtocolClass(),
        p.schemaRegionConsensusProtocolClass(),
        p.dataRegionConsensusProtocolClass(),
        p.schemaReplicationFactor(),
        p.dataReplicationFactor(),
        p.seriesSlotNum(),
        p.seriesPartitionExecutorClass(),
        p.timePartitionInterval(),
        p.timestampPrecision());
  }
}
