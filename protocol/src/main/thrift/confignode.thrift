// The ConfigNode's internal service: what DataNodes and other ConfigNodes call.
// Every response carries a status; a ConfigNode that is not the leader answers
// REDIRECTION_RECOMMEND (400) with redirectNode = the leader's internal endpoint
// when it knows it, so callers retry there.

namespace java org.stratadb.protocol.confignode

include "common.thrift"
include "cluster.thrift"

struct TConfigNodeRegisterReq {
  1: required cluster.TClusterParameters clusterParameters
  // configNodeId is -1 for a node that has never joined
  2: required cluster.TConfigNodeLocation location
  3: optional cluster.TNodeVersionInfo versionInfo
}

struct TConfigNodeRegisterResp {
  1: required common.TSStatus status
  2: optional i32 configNodeId
  // every ConfigNode of the group, the new one included
  3: optional list<cluster.TConfigNodeLocation> configNodes
}

struct TDataNodeRegisterReq {
  1: required cluster.TClusterParameters clusterParameters
  // dataNodeId is -1 for a node that has never registered; a restarted node
  // sends the id it was given, and keeps it
  2: required cluster.TDataNodeLocation location
  3: optional cluster.TNodeVersionInfo versionInfo
}

struct TDataNodeRegisterResp {
  1: required common.TSStatus status
  2: optional i32 dataNodeId
  3: optional list<cluster.TConfigNodeLocation> configNodes
  // the regions this node hosts, so a restarted node can check its disks
  4: optional list<cluster.TRegionReplicaSet> regions
}

struct TDatabaseSchema {
  1: required string name
  2: optional i64 ttl
  3: optional i32 schemaReplicationFactor
  4: optional i32 dataReplicationFactor
  5: optional i64 timePartitionInterval
  6: optional i32 minSchemaRegionGroupNum
  7: optional i32 minDataRegionGroupNum
}

struct TDatabaseInfo {
  1: required string name
  2: required i64 ttl
  3: required i32 schemaReplicationFactor
  4: required i32 dataReplicationFactor
  5: required i64 timePartitionInterval
  6: required i32 schemaRegionNum
  7: required i32 dataRegionNum
}

struct TGetDatabasesReq {
  // path patterns such as root.** or root.sg*; empty means all
  1: required list<string> pathPatterns
}

struct TGetDatabasesResp {
  1: required common.TSStatus status
  2: optional list<TDatabaseInfo> databases
}

struct TDeleteDatabasesReq {
  1: required list<string> databases
}

// Devices whose schema region is looked up or, when create is set, allocated.
struct TSchemaPartitionReq {
  1: required list<string> devicePaths
  2: required bool create
  // when create is set and a device is under no database, create the database
  // at this level (root is level 0); 0 means never create databases
  3: optional i32 autoCreateDatabaseLevel
}

struct TSchemaPartitionResp {
  1: required common.TSStatus status
  // database -> series slot -> schema region
  2: optional map<string, map<i32, cluster.TConsensusGroupId>> partitions
  3: optional list<cluster.TRegionReplicaSet> regions
  // device -> its database, for every device that is under one
  4: optional map<string, string> deviceToDatabase
}

struct TSeriesSlotTimes {
  1: required i32 seriesSlot
  // start times of time partition slots; an empty list (only with create = false)
  // asks for every time slot of the series slot that has a region assigned
  2: required list<i64> timeSlots
}

struct TDataPartitionReq {
  // database -> the slots wanted in it
  1: required map<string, list<TSeriesSlotTimes>> slots
  2: required bool create
}

struct TTimeSlotRegion {
  1: required i64 timeSlot
  2: required cluster.TConsensusGroupId regionId
}

struct TSeriesSlotRegions {
  1: required i32 seriesSlot
  2: required list<TTimeSlotRegion> timeSlots
}

struct TDataPartitionResp {
  1: required common.TSStatus status
  2: optional map<string, list<TSeriesSlotRegions>> partitions
  3: optional list<cluster.TRegionReplicaSet> regions
}

// All regions of the databases matching the patterns, for statements that
// touch every region of a database (SHOW TIMESERIES root.**, SELECT with *, ...).
struct TRegionRoutesReq {
  1: required list<string> pathPatterns
}

struct TDatabaseRegions {
  1: required string database
  2: required list<cluster.TRegionReplicaSet> schemaRegions
  3: required list<cluster.TRegionReplicaSet> dataRegions
}

struct TRegionRoutesResp {
  1: required common.TSStatus status
  2: optional list<TDatabaseRegions> databases
}

struct TNodeStatusInfo {
  1: required string status
  2: optional cluster.TNodeVersionInfo versionInfo
  // ConfigNodes only: Leader or Follower
  3: optional string role
}

struct TShowClusterResp {
  1: required common.TSStatus status
  2: optional list<cluster.TConfigNodeLocation> configNodes
  3: optional list<cluster.TDataNodeLocation> dataNodes
  // node id -> Running / Unknown / Removing / ReadOnly
  4: optional map<i32, TNodeStatusInfo> nodeStatus
}

struct TRegionInfo {
  1: required cluster.TConsensusGroupId regionId
  2: required string database
  3: required i32 dataNodeId
  4: required string rpcAddress
  5: required i32 rpcPort
  6: required string internalAddress
  7: required string status
  // Leader or Follower
  8: required string roleType
  9: required i32 seriesSlotNum
  10: required i64 timeSlotNum
  11: required i64 createTime
}

struct TShowRegionReq {
  // SCHEMA_REGION, DATA_REGION or unset for both
  1: optional cluster.TConsensusGroupType type
  2: optional list<string> databases
}

struct TShowRegionResp {
  1: required common.TSStatus status
  2: optional list<TRegionInfo> regions
}

// Sent by a registered ConfigNode to the leader once its local consensus peer
// runs, so the leader adds it to the group's membership. The leader answers 200
// once the node is a member and OVERLAP_WITH_EXISTING_TASK (304) while it is
// adding it (the first request starts that); the node asks again until 200.
// ADD_CONFIGNODE_ERROR (1000) reports a failed attempt; the next request retries.
struct TConfigNodeJoinReq {
  // with the id registerConfigNode gave
  1: required cluster.TConfigNodeLocation location
  2: optional cluster.TNodeVersionInfo versionInfo
}

struct TConfigNodeHeartbeatReq {
  1: required i64 timestamp
}

struct TConfigNodeHeartbeatResp {
  1: required common.TSStatus status
  2: required i64 timestamp
}

service IConfigNodeRPCService {
  TConfigNodeRegisterResp registerConfigNode(1: TConfigNodeRegisterReq req)
  common.TSStatus joinConfigNodeGroup(1: TConfigNodeJoinReq req)
  TDataNodeRegisterResp registerDataNode(1: TDataNodeRegisterReq req)

  common.TSStatus setDatabase(1: TDatabaseSchema schema)
  common.TSStatus deleteDatabases(1: TDeleteDatabasesReq req)
  TGetDatabasesResp getDatabases(1: TGetDatabasesReq req)

  TSchemaPartitionResp getOrCreateSchemaPartition(1: TSchemaPartitionReq req)
  TDataPartitionResp getOrCreateDataPartition(1: TDataPartitionReq req)
  TRegionRoutesResp getRegionRoutes(1: TRegionRoutesReq req)

  TShowClusterResp showCluster()
  TShowRegionResp showRegions(1: TShowRegionReq req)

  TConfigNodeHeartbeatResp configNodeHeartbeat(1: TConfigNodeHeartbeatReq req)
}
