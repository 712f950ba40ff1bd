// The ConfigNode's replicated state: the commands its state machine applies
// and the snapshot of the whole state. Written to the consensus log and to
// snapshot files, so the rules of every on-disk format hold: add optional
// fields only, never renumber or retype one. The layout around these structs
// (version byte, checksum) is described in docs/format/confignode-state.md.

namespace java org.stratadb.protocol.confignode.state

include "cluster.thrift"

struct TConfigNodeRecord {
  1: required cluster.TConfigNodeLocation location
  2: optional cluster.TNodeVersionInfo versionInfo
}

struct TDataNodeRecord {
  1: required cluster.TDataNodeLocation location
  2: optional cluster.TNodeVersionInfo versionInfo
}

struct TDatabaseRecord {
  1: required string name
  // Long.MAX_VALUE: no TTL
  2: required i64 ttl
  3: required i32 schemaReplicationFactor
  4: required i32 dataReplicationFactor
  // in the cluster's timestamp precision
  5: required i64 timePartitionInterval
  6: required i32 minSchemaRegionGroupNum
  7: required i32 minDataRegionGroupNum
}

struct TRegionGroupRecord {
  1: required cluster.TConsensusGroupId regionId
  2: required string database
  // the DataNodes holding a replica; the first is the preferred leader
  3: required list<i32> dataNodeIds
  // milliseconds since the epoch, chosen by the leader that allocated the group
  4: required i64 createTime
}

// The partition table of one database.
struct TDatabasePartitionRecord {
  1: required string database
  // series slot -> schema region id
  2: required map<i32, i32> schemaSlots
  // series slot -> time slot start -> data region id
  3: required map<i32, map<i64, i32>> dataSlots
}

struct TClusterStateRecord {
  // unset until the seed ConfigNode has initialised the cluster
  1: optional cluster.TClusterParameters parameters
  // the id the next node (ConfigNode or DataNode) gets
  2: required i32 nextNodeId
  // the id the next region group (schema or data) gets
  3: required i32 nextRegionId
  4: required list<TConfigNodeRecord> configNodes
  5: required list<TDataNodeRecord> dataNodes
  6: required list<TDatabaseRecord> databases
  7: required list<TRegionGroupRecord> regionGroups
  8: required list<TDatabasePartitionRecord> partitions
}

// ---- commands ----------------------------------------------------------------
// Each command carries every decision (ids, replicas, slot owners, times) made by
// the leader that proposed it; applying it only checks and records.

// The first command of a cluster, proposed by the seed ConfigNode.
struct TInitClusterCommand {
  1: required cluster.TClusterParameters parameters
  2: required TConfigNodeRecord seed
}

// Takes node id nodeId for a ConfigNode that is joining.
struct TReserveNodeIdCommand {
  1: required i32 nodeId
}

// A ConfigNode whose id was reserved has joined the consensus group.
struct TAddConfigNodeCommand {
  1: required TConfigNodeRecord node
}

// Registers a new DataNode (its id is the next node id) or updates a known one.
struct TRegisterDataNodeCommand {
  1: required TDataNodeRecord node
}

struct TCreateDatabaseCommand {
  1: required TDatabaseRecord database
}

// Drops the databases with their region groups and partitions.
struct TDeleteDatabasesCommand {
  1: required list<string> databases
}

// The groups' ids must be consecutive from the state's nextRegionId on.
struct TCreateRegionGroupsCommand {
  1: required list<TRegionGroupRecord> regionGroups
}

// Slots already assigned keep their region; the others get the one given.
struct TAssignSchemaSlotsCommand {
  1: required string database
  2: required map<i32, i32> slots
}

struct TAssignDataSlotsCommand {
  1: required string database
  2: required map<i32, map<i64, i32>> slots
}

union TConfigCommand {
  1: TInitClusterCommand initCluster
  2: TReserveNodeIdCommand reserveNodeId
  3: TAddConfigNodeCommand addConfigNode
  4: TRegisterDataNodeCommand registerDataNode
  5: TCreateDatabaseCommand createDatabase
  6: TDeleteDatabasesCommand deleteDatabases
  7: TCreateRegionGroupsCommand createRegionGroups
  8: TAssignSchemaSlotsCommand assignSchemaSlots
  9: TAssignDataSlotsCommand assignDataSlots
}

// What applying a command returned: a status code number (200 for success) and,
// on failure, the reason.
struct TCommandResult {
  1: required i32 code
  2: optional string message
}
