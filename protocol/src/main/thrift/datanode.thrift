// The DataNode's internal service: what ConfigNodes (and, later, other
// DataNodes) call on internal port 10730.

namespace java org.stratadb.protocol.datanode

include "common.thrift"
include "cluster.thrift"

struct TCreateRegionReq {
  1: required cluster.TRegionReplicaSet replicaSet
  2: required string database
  3: optional i64 ttl
}

struct TDataNodeHeartbeatReq {
  1: required i64 timestamp
  // the ConfigNode leader sending this heartbeat
  2: required i32 configNodeLeaderId
  3: optional list<cluster.TConfigNodeLocation> configNodes
}

struct TDataNodeHeartbeatResp {
  1: required common.TSStatus status
  2: required i64 timestamp
  // Running or ReadOnly
  3: required string nodeStatus
  // regions this node leads
  4: optional list<cluster.TConsensusGroupId> leaderRegions
}

struct TInvalidateCacheReq {
  // databases whose partition and schema caches must be dropped
  1: required list<string> databases
}

service IDataNodeInternalService {
  common.TSStatus createSchemaRegion(1: TCreateRegionReq req)
  common.TSStatus createDataRegion(1: TCreateRegionReq req)
  common.TSStatus deleteRegion(1: cluster.TConsensusGroupId regionId)
  TDataNodeHeartbeatResp heartbeat(1: TDataNodeHeartbeatReq req)
  common.TSStatus invalidateCaches(1: TInvalidateCacheReq req)
}
