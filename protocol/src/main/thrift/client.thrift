// The client service a DataNode serves on dn_rpc_port (6667 by default).
//
// Unmodified Apache IoTDB 1.3 clients (iotdb-session, iotdb-jdbc, the CLI) talk to
// us through it, so every method name, argument id, field id, type, requiredness
// and enum number below is fixed by their wire format (1.3.2, plus the three calls
// 1.3.3 added). Names follow IoTDB's so the compatibility tests in
// src/test/java/org/stratadb/protocol/compat can pair both sides by name. Nothing
// here may be renumbered; new fields get new ids and must be optional.

include "common.thrift"

namespace java org.stratadb.protocol.client

// ---------------------------------------------------------------------------
// Session lifecycle
// ---------------------------------------------------------------------------

// Clients send V3 and refuse a server that answers with V1 (= 0), so a server
// must always fill serverProtocolVersion explicitly.
enum TSProtocolVersion {
  IOTDB_SERVICE_PROTOCOL_V1 = 0,
  IOTDB_SERVICE_PROTOCOL_V2 = 1,
  IOTDB_SERVICE_PROTOCOL_V3 = 2
}

struct TSOpenSessionReq {
  1: required TSProtocolVersion client_protocol = TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3
  2: required string zoneId
  3: required string username
  // Absent when the user logs in without a password.
  4: optional string password
  // Clients put their API generation under "version" (e.g. "V_1_0").
  5: optional map<string, string> configuration
}

struct TSOpenSessionResp {
  1: required common.TSStatus status
  2: required TSProtocolVersion serverProtocolVersion = TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V1
  3: optional i64 sessionId
  4: optional map<string, string> configuration
}

struct TSCloseSessionReq {
  1: required i64 sessionId
}

struct TSGetTimeZoneResp {
  1: required common.TSStatus status
  2: required string timeZone
}

struct TSSetTimeZoneReq {
  1: required i64 sessionId
  2: required string timeZone
}

// What the CLI prints at login and what Session.getTimestampPrecision() reads.
struct ServerProperties {
  1: required string version
  2: required list<string> supportedTimeAggregationOperations
  3: required string timestampPrecision
  // Default requiredness on purpose: IoTDB writes it always but never checks it.
  4: i32 maxConcurrentClientNum
  5: optional i32 thriftMaxFrameSize
  6: optional bool isReadOnly
  7: optional string buildInfo
  8: optional string logo
}

// ---------------------------------------------------------------------------
// SQL statements and their result sets
// ---------------------------------------------------------------------------

struct TSExecuteStatementReq {
  1: required i64 sessionId
  2: required string statement
  // Allocated once per connection (Session) or per Statement (JDBC) by requestStatementId.
  3: required i64 statementId
  4: optional i32 fetchSize
  // Milliseconds; 0 or absent means the server's own query timeout.
  5: optional i64 timeout
  6: optional bool enableRedirectQuery
  7: optional bool jdbcQuery
}

struct TSExecuteBatchStatementReq {
  1: required i64 sessionId
  2: required list<string> statements
}

// Legacy (V1) column-wise result: one buffer of times, one buffer of values and
// one null bitmap per column.
struct TSQueryDataSet {
  1: required binary time
  2: required list<binary> valueList
  3: required list<binary> bitmapList
}

// Legacy result of "disable align" queries: every column has its own times.
struct TSQueryNonAlignDataSet {
  1: required list<binary> timeList
  2: required list<binary> valueList
}

// Filled only when the user enabled tracing for the query.
struct TSTracingInfo {
  1: required list<string> activityList
  2: required list<i64> elapsedTimeList
  3: optional i32 seriesPathNum
  4: optional i32 seqFileNum
  5: optional i32 unSeqFileNum
  6: optional i32 sequenceChunkNum
  7: optional i64 sequenceChunkPointNum
  8: optional i32 unsequenceChunkNum
  9: optional i64 unsequenceChunkPointNum
  10: optional i32 totalPageNum
  11: optional i32 overlappedPageNum
}

// One reply shape for every execute* call. For a non-query only status is set;
// JDBC decides "this statement returned rows" from whether columns is set.
struct TSExecuteStatementResp {
  1: required common.TSStatus status
  2: optional i64 queryId
  3: optional list<string> columns
  4: optional string operationType
  5: optional bool ignoreTimeStamp
  // TSDataType names, parallel to columns.
  6: optional list<string> dataTypeList
  7: optional TSQueryDataSet queryDataSet
  8: optional TSQueryNonAlignDataSet nonAlignQueryDataSet
  // Display name -> index of its value column inside each TsBlock.
  9: optional map<string, i32> columnNameIndexMap
  10: optional list<string> sgColumns
  // BitSet bytes of "column i has an alias". A list, not binary: that is what clients
  // read, and the two differ on the wire (the compiler suggests binary; ignore it).
  11: optional list<i8> aliasColumns
  12: optional TSTracingInfo tracingInfo
  // V2 calls: each element is one serialized TsBlock.
  13: optional list<binary> queryResult
  14: optional bool moreData
}

struct TSFetchResultsReq {
  1: required i64 sessionId
  2: required string statement
  3: required i32 fetchSize
  4: required i64 queryId
  5: required bool isAlign
  6: optional i64 timeout
}

struct TSFetchResultsResp {
  1: required common.TSStatus status
  2: required bool hasResultSet
  3: required bool isAlign
  4: optional TSQueryDataSet queryDataSet
  5: optional TSQueryNonAlignDataSet nonAlignQueryDataSet
  6: optional list<binary> queryResult
  7: optional bool moreData
}

// Not called by any 1.3 client; kept so the struct exists on both sides.
struct TSGetOperationStatusReq {
  1: required i64 sessionId
  2: required i64 queryId
}

struct TSCancelOperationReq {
  1: required i64 sessionId
  2: required i64 queryId
}

// JDBC closes a whole Statement with only statementId; a finished result set
// sends both ids.
struct TSCloseOperationReq {
  1: required i64 sessionId
  2: optional i64 queryId
  3: optional i64 statementId
}

struct TSFetchMetadataReq {
  1: required i64 sessionId
  2: required string type
  3: optional string columnPath
}

struct TSFetchMetadataResp {
  1: required common.TSStatus status
  2: optional string metadataInJson
  3: optional list<string> columnsList
  4: optional string dataType
}

// ---------------------------------------------------------------------------
// Session query shortcuts (no SQL text)
// ---------------------------------------------------------------------------

struct TSRawDataQueryReq {
  1: required i64 sessionId
  2: required list<string> paths
  3: optional i32 fetchSize
  4: required i64 startTime
  5: required i64 endTime
  6: required i64 statementId
  7: optional bool enableRedirectQuery
  8: optional bool jdbcQuery
  9: optional i64 timeout
  10: optional bool legalPathNodes
}

struct TSLastDataQueryReq {
  1: required i64 sessionId
  2: required list<string> paths
  3: optional i32 fetchSize
  4: required i64 time
  5: required i64 statementId
  6: optional bool enableRedirectQuery
  7: optional bool jdbcQuery
  8: optional i64 timeout
  9: optional bool legalPathNodes
}

struct TSFastLastDataQueryForOneDeviceReq {
  1: required i64 sessionId
  2: required string db
  3: required string deviceId
  4: required list<string> sensors
  5: optional i32 fetchSize
  6: required i64 statementId
  7: optional bool enableRedirectQuery
  8: optional bool jdbcQuery
  9: optional i64 timeout
  10: optional bool legalPathNodes
}

struct TSAggregationQueryReq {
  1: required i64 sessionId
  2: required i64 statementId
  3: required list<string> paths
  4: required list<common.TAggregationType> aggregations
  5: optional i64 startTime
  6: optional i64 endTime
  7: optional i64 interval
  8: optional i64 slidingStep
  9: optional i32 fetchSize
  10: optional i64 timeout
  11: optional bool legalPathNodes
}

struct TSGroupByQueryIntervalReq {
  1: required i64 sessionId
  2: required i64 statementId
  3: required string device
  4: required string measurement
  // TSDataType ordinal of the measurement.
  5: required i32 dataType
  6: required common.TAggregationType aggregationType
  7: optional string database
  8: optional i64 startTime
  9: optional i64 endTime
  10: optional i64 interval
  11: optional i32 fetchSize
  12: optional i64 timeout
}

// ---------------------------------------------------------------------------
// Writes. Typed values travel as big-endian byte buffers built by the client
// (layouts in protocol-facts.md section 3); "String" variants send text and
// leave type inference to the server.
// ---------------------------------------------------------------------------

struct TSInsertRecordReq {
  1: required i64 sessionId
  2: required string prefixPath
  3: required list<string> measurements
  4: required binary values
  5: required i64 timestamp
  6: optional bool isAligned
}

struct TSInsertStringRecordReq {
  1: required i64 sessionId
  2: required string prefixPath
  3: required list<string> measurements
  4: required list<string> values
  5: required i64 timestamp
  6: optional bool isAligned
  7: optional i64 timeout
}

struct TSInsertTabletReq {
  1: required i64 sessionId
  2: required string prefixPath
  3: required list<string> measurements
  4: required binary values
  5: required binary timestamps
  // TSDataType ordinals, one per measurement.
  6: required list<i32> types
  // Row count.
  7: required i32 size
  8: optional bool isAligned
}

struct TSInsertTabletsReq {
  1: required i64 sessionId
  2: required list<string> prefixPaths
  3: required list<list<string>> measurementsList
  4: required list<binary> valuesList
  5: required list<binary> timestampsList
  6: required list<list<i32>> typesList
  7: required list<i32> sizeList
  8: optional bool isAligned
}

struct TSInsertRecordsReq {
  1: required i64 sessionId
  2: required list<string> prefixPaths
  3: required list<list<string>> measurementsList
  4: required list<binary> valuesList
  5: required list<i64> timestamps
  6: optional bool isAligned
}

struct TSInsertRecordsOfOneDeviceReq {
  1: required i64 sessionId
  2: required string prefixPath
  3: required list<list<string>> measurementsList
  4: required list<binary> valuesList
  5: required list<i64> timestamps
  6: optional bool isAligned
}

struct TSInsertStringRecordsOfOneDeviceReq {
  1: required i64 sessionId
  2: required string prefixPath
  3: required list<list<string>> measurementsList
  4: required list<list<string>> valuesList
  5: required list<i64> timestamps
  6: optional bool isAligned
}

struct TSInsertStringRecordsReq {
  1: required i64 sessionId
  2: required list<string> prefixPaths
  3: required list<list<string>> measurementsList
  4: required list<list<string>> valuesList
  5: required list<i64> timestamps
  6: optional bool isAligned
}

struct TSDeleteDataReq {
  1: required i64 sessionId
  2: required list<string> paths
  3: required i64 startTime
  4: required i64 endTime
}

// ---------------------------------------------------------------------------
// Schema. dataType(s) and encoding(s) are enum ordinals; compressor(s) are
// CompressionType byte codes, which are not ordinals.
// ---------------------------------------------------------------------------

struct TSCreateTimeseriesReq {
  1: required i64 sessionId
  2: required string path
  3: required i32 dataType
  4: required i32 encoding
  5: required i32 compressor
  6: optional map<string, string> props
  7: optional map<string, string> tags
  8: optional map<string, string> attributes
  9: optional string measurementAlias
}

struct TSCreateAlignedTimeseriesReq {
  1: required i64 sessionId
  2: required string prefixPath
  3: required list<string> measurements
  4: required list<i32> dataTypes
  5: required list<i32> encodings
  6: required list<i32> compressors
  7: optional list<string> measurementAlias
  8: optional list<map<string, string>> tagsList
  9: optional list<map<string, string>> attributesList
}

struct TSCreateMultiTimeseriesReq {
  1: required i64 sessionId
  2: required list<string> paths
  3: required list<i32> dataTypes
  4: required list<i32> encodings
  5: required list<i32> compressors
  6: optional list<map<string, string>> propsList
  7: optional list<map<string, string>> tagsList
  8: optional list<map<string, string>> attributesList
  9: optional list<string> measurementAliasList
}

// ---------------------------------------------------------------------------
// Schema templates
// ---------------------------------------------------------------------------

struct TSCreateSchemaTemplateReq {
  1: required i64 sessionId
  2: required string name
  // The client's own serialization of its Template object.
  3: required binary serializedTemplate
}

struct TSAppendSchemaTemplateReq {
  1: required i64 sessionId
  2: required string name
  3: required bool isAligned
  4: required list<string> measurements
  5: required list<i32> dataTypes
  6: required list<i32> encodings
  7: required list<i32> compressors
}

struct TSPruneSchemaTemplateReq {
  1: required i64 sessionId
  2: required string name
  3: required string path
}

struct TSQueryTemplateReq {
  1: required i64 sessionId
  2: required string name
  // Which question is asked (count, is-measurement, show paths, ...), echoed in the reply.
  3: required i32 queryType
  4: optional string measurement
}

struct TSQueryTemplateResp {
  1: required common.TSStatus status
  2: required i32 queryType
  3: optional bool result
  4: optional i32 count
  5: optional list<string> measurements
}

struct TSSetSchemaTemplateReq {
  1: required i64 sessionId
  2: required string templateName
  3: required string prefixPath
}

struct TSUnsetSchemaTemplateReq {
  1: required i64 sessionId
  2: required string prefixPath
  3: required string templateName
}

struct TSDropSchemaTemplateReq {
  1: required i64 sessionId
  2: required string templateName
}

struct TCreateTimeseriesUsingSchemaTemplateReq {
  1: required i64 sessionId
  2: required list<string> devicePathList
}

// ---------------------------------------------------------------------------
// Data sync and pipe transfer between clusters. The payloads are opaque here;
// version and type select the pipe's own encoding.
// ---------------------------------------------------------------------------

struct TSyncIdentityInfo {
  1: required string pipeName
  2: required i64 createTime
  3: required string version
  4: required string database
}

struct TSyncTransportMetaInfo {
  1: required string fileName
  2: required i64 startIndex
}

struct TPipeTransferReq {
  1: required i8 version
  2: required i16 type
  3: required binary body
}

struct TPipeTransferResp {
  1: required common.TSStatus status
  2: optional binary body
}

struct TPipeSubscribeReq {
  1: required i8 version
  2: required i16 type
  3: optional binary body
}

struct TPipeSubscribeResp {
  1: required common.TSStatus status
  2: required i8 version
  3: required i16 type
  4: optional list<binary> body
}

// ---------------------------------------------------------------------------
// Administration
// ---------------------------------------------------------------------------

struct TSBackupConfigurationResp {
  1: required common.TSStatus status
  2: optional bool enableOperationSync
  3: optional string secondaryAddress
  4: optional i32 secondaryPort
}

enum TSConnectionType {
  THRIFT_BASED = 0,
  MQTT_BASED = 1,
  INTERNAL = 2,
  REST_BASED = 3
}

struct TSConnectionInfo {
  1: required string userName
  2: required i64 logInTime
  // host:port for Thrift clients, the client id for MQTT.
  3: required string connectionId
  4: required TSConnectionType type
}

struct TSConnectionInfoResp {
  1: required list<TSConnectionInfo> connectionInfoList
}

// ---------------------------------------------------------------------------
// The service. Every call takes its request as argument 1 and no call declares
// exceptions: errors travel in TSStatus.
// ---------------------------------------------------------------------------

service IClientRPCService {
  // Session lifecycle.
  TSOpenSessionResp openSession(1: TSOpenSessionReq req)
  common.TSStatus closeSession(1: TSCloseSessionReq req)
  i64 requestStatementId(1: i64 sessionId)
  TSGetTimeZoneResp getTimeZone(1: i64 sessionId)
  common.TSStatus setTimeZone(1: TSSetTimeZoneReq req)
  ServerProperties getProperties()

  // SQL. The V2 calls answer with TsBlocks in queryResult, the others with the
  // legacy TSQueryDataSet.
  TSExecuteStatementResp executeStatementV2(1: TSExecuteStatementReq req)
  TSExecuteStatementResp executeQueryStatementV2(1: TSExecuteStatementReq req)
  TSExecuteStatementResp executeUpdateStatementV2(1: TSExecuteStatementReq req)
  TSExecuteStatementResp executeStatement(1: TSExecuteStatementReq req)
  TSExecuteStatementResp executeQueryStatement(1: TSExecuteStatementReq req)
  TSExecuteStatementResp executeUpdateStatement(1: TSExecuteStatementReq req)
  common.TSStatus executeBatchStatement(1: TSExecuteBatchStatementReq req)
  TSFetchResultsResp fetchResultsV2(1: TSFetchResultsReq req)
  TSFetchResultsResp fetchResults(1: TSFetchResultsReq req)
  TSFetchMetadataResp fetchMetadata(1: TSFetchMetadataReq req)
  common.TSStatus cancelOperation(1: TSCancelOperationReq req)
  common.TSStatus closeOperation(1: TSCloseOperationReq req)

  // Queries without SQL text.
  TSExecuteStatementResp executeRawDataQueryV2(1: TSRawDataQueryReq req)
  TSExecuteStatementResp executeLastDataQueryV2(1: TSLastDataQueryReq req)
  TSExecuteStatementResp executeFastLastDataQueryForOneDeviceV2(1: TSFastLastDataQueryForOneDeviceReq req)
  TSExecuteStatementResp executeAggregationQueryV2(1: TSAggregationQueryReq req)
  TSExecuteStatementResp executeGroupByQueryIntervalQuery(1: TSGroupByQueryIntervalReq req)
  TSExecuteStatementResp executeRawDataQuery(1: TSRawDataQueryReq req)
  TSExecuteStatementResp executeLastDataQuery(1: TSLastDataQueryReq req)
  TSExecuteStatementResp executeAggregationQuery(1: TSAggregationQueryReq req)

  // Writes; the test* twins parse the request and drop it (client benchmarks).
  common.TSStatus insertRecord(1: TSInsertRecordReq req)
  common.TSStatus insertStringRecord(1: TSInsertStringRecordReq req)
  common.TSStatus insertTablet(1: TSInsertTabletReq req)
  common.TSStatus insertTablets(1: TSInsertTabletsReq req)
  common.TSStatus insertRecords(1: TSInsertRecordsReq req)
  common.TSStatus insertRecordsOfOneDevice(1: TSInsertRecordsOfOneDeviceReq req)
  common.TSStatus insertStringRecordsOfOneDevice(1: TSInsertStringRecordsOfOneDeviceReq req)
  common.TSStatus insertStringRecords(1: TSInsertStringRecordsReq req)
  common.TSStatus testInsertTablet(1: TSInsertTabletReq req)
  common.TSStatus testInsertTablets(1: TSInsertTabletsReq req)
  common.TSStatus testInsertRecord(1: TSInsertRecordReq req)
  common.TSStatus testInsertStringRecord(1: TSInsertStringRecordReq req)
  common.TSStatus testInsertRecords(1: TSInsertRecordsReq req)
  common.TSStatus testInsertRecordsOfOneDevice(1: TSInsertRecordsOfOneDeviceReq req)
  common.TSStatus testInsertStringRecords(1: TSInsertStringRecordsReq req)
  common.TSStatus deleteData(1: TSDeleteDataReq req)

  // Schema. "Storage group" is the pre-1.0 word for database; the names stay.
  common.TSStatus setStorageGroup(1: i64 sessionId, 2: string storageGroup)
  common.TSStatus deleteStorageGroups(1: i64 sessionId, 2: list<string> storageGroup)
  common.TSStatus createTimeseries(1: TSCreateTimeseriesReq req)
  common.TSStatus createAlignedTimeseries(1: TSCreateAlignedTimeseriesReq req)
  common.TSStatus createMultiTimeseries(1: TSCreateMultiTimeseriesReq req)
  common.TSStatus deleteTimeseries(1: i64 sessionId, 2: list<string> path)

  // Schema templates.
  common.TSStatus createSchemaTemplate(1: TSCreateSchemaTemplateReq req)
  common.TSStatus appendSchemaTemplate(1: TSAppendSchemaTemplateReq req)
  common.TSStatus pruneSchemaTemplate(1: TSPruneSchemaTemplateReq req)
  TSQueryTemplateResp querySchemaTemplate(1: TSQueryTemplateReq req)
  common.TSStatus setSchemaTemplate(1: TSSetSchemaTemplateReq req)
  common.TSStatus unsetSchemaTemplate(1: TSUnsetSchemaTemplateReq req)
  common.TSStatus dropSchemaTemplate(1: TSDropSchemaTemplateReq req)
  common.TSStatus createTimeseriesUsingSchemaTemplate(1: TCreateTimeseriesUsingSchemaTemplateReq req)

  // Sync and pipes. IoTDB declares three of these arguments without an id, which
  // Thrift numbers -1; we spell the -1 out (built with --allow-neg-keys).
  common.TSStatus handshake(-1: TSyncIdentityInfo info)
  common.TSStatus sendPipeData(1: binary buff)
  common.TSStatus sendFile(1: TSyncTransportMetaInfo metaInfo, 2: binary buff)
  TPipeTransferResp pipeTransfer(-1: TPipeTransferReq req)
  TPipeSubscribeResp pipeSubscribe(-1: TPipeSubscribeReq req)

  // Administration.
  TSBackupConfigurationResp getBackupConfiguration()
  TSConnectionInfoResp fetchAllConnectionsInfo()

  // Added in IoTDB 1.3.3, called between nodes rather than by user clients.
  common.TSStatus testConnectionEmptyRPC()
  common.TShowConfigurationTemplateResp showConfigurationTemplate()
  common.TShowConfigurationResp showConfiguration(1: i32 nodeId)
}
