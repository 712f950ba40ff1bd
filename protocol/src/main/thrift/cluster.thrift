// Structs shared by StrataDB's internal services (ConfigNode <-> DataNode).
// These are StrataDB's own; no client ever sees them. Adding an optional field
// is compatible; renumbering or retyping one is not.

namespace java org.stratadb.protocol.cluster

include "common.thrift"

enum TConsensusGroupType {
  CONFIG_REGION = 0,
  DATA_REGION = 1,
  SCHEMA_REGION = 2
}

struct TConsensusGroupId {
  1: required TConsensusGroupType type
  2: required i32 id
}

struct TConfigNodeLocation {
  1: required i32 configNodeId
  2: required common.TEndPoint internalEndPoint
  3: required common.TEndPoint consensusEndPoint
}

struct TDataNodeLocation {
  1: required i32 dataNodeId
  2: required common.TEndPoint clientRpcEndPoint
  3: required common.TEndPoint internalEndPoint
  4: required common.TEndPoint mppDataExchangeEndPoint
  5: required common.TEndPoint dataRegionConsensusEndPoint
  6: required common.TEndPoint schemaRegionConsensusEndPoint
}

// The replicas of one region group; the first location is the preferred leader.
struct TRegionReplicaSet {
  1: required TConsensusGroupId regionId
  2: required list<TDataNodeLocation> dataNodeLocations
  // the database the region belongs to; set in registration answers
  3: optional string database
}

// The settings every node of a cluster must agree on; a node whose own files
// say otherwise is refused at registration.
struct TClusterParameters {
  1: required string clusterName
  2: required string configNodeConsensusProtocolClass
  3: required string schemaRegionConsensusProtocolClass
  4: required string dataRegionConsensusProtocolClass
  5: required i32 schemaReplicationFactor
  6: required i32 dataReplicationFactor
  7: required i32 seriesSlotNum
  8: required string seriesPartitionExecutorClass
  9: required i64 timePartitionInterval
  10: required string timestampPrecision
}

// Version and build of a node, shown by SHOW CLUSTER.
struct TNodeVersionInfo {
  1: required string version
  2: required string buildInfo
}
