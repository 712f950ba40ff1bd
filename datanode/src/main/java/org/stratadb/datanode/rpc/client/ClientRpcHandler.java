package org.stratadb.datanode.rpc.client;

import java.nio.ByteBuffer;
import java.util.List;
import org.stratadb.datanode.rpc.client.QueryCalls.Expect;
import org.stratadb.protocol.client.IClientRPCService;
import org.stratadb.protocol.client.ServerProperties;
import org.stratadb.protocol.client.TCreateTimeseriesUsingSchemaTemplateReq;
import org.stratadb.protocol.client.TPipeSubscribeReq;
import org.stratadb.protocol.client.TPipeSubscribeResp;
import org.stratadb.protocol.client.TPipeTransferReq;
import org.stratadb.protocol.client.TPipeTransferResp;
import org.stratadb.protocol.client.TSAggregationQueryReq;
import org.stratadb.protocol.client.TSAppendSchemaTemplateReq;
import org.stratadb.protocol.client.TSBackupConfigurationResp;
import org.stratadb.protocol.client.TSCancelOperationReq;
import org.stratadb.protocol.client.TSCloseOperationReq;
import org.stratadb.protocol.client.TSCloseSessionReq;
import org.stratadb.protocol.client.TSConnectionInfoResp;
import org.stratadb.protocol.client.TSCreateAlignedTimeseriesReq;
import org.stratadb.protocol.client.TSCreateMultiTimeseriesReq;
import org.stratadb.protocol.client.TSCreateSchemaTemplateReq;
import org.stratadb.protocol.client.TSCreateTimeseriesReq;
import org.stratadb.protocol.client.TSDeleteDataReq;
import org.stratadb.protocol.client.TSDropSchemaTemplateReq;
import org.stratadb.protocol.client.TSExecuteBatchStatementReq;
import org.stratadb.protocol.client.TSExecuteStatementReq;
import org.stratadb.protocol.client.TSExecuteStatementResp;
import org.stratadb.protocol.client.TSFastLastDataQueryForOneDeviceReq;
import org.stratadb.protocol.client.TSFetchMetadataReq;
import org.stratadb.protocol.client.TSFetchMetadataResp;
import org.stratadb.protocol.client.TSFetchResultsReq;
import org.stratadb.protocol.client.TSFetchResultsResp;
import org.stratadb.protocol.client.TSGetTimeZoneResp;
import org.stratadb.protocol.client.TSGroupByQueryIntervalReq;
import org.stratadb.protocol.client.TSInsertRecordReq;
import org.stratadb.protocol.client.TSInsertRecordsOfOneDeviceReq;
import org.stratadb.protocol.client.TSInsertRecordsReq;
import org.stratadb.protocol.client.TSInsertStringRecordReq;
import org.stratadb.protocol.client.TSInsertStringRecordsOfOneDeviceReq;
import org.stratadb.protocol.client.TSInsertStringRecordsReq;
import org.stratadb.protocol.client.TSInsertTabletReq;
import org.stratadb.protocol.client.TSInsertTabletsReq;
import org.stratadb.protocol.client.TSLastDataQueryReq;
import org.stratadb.protocol.client.TSOpenSessionReq;
import org.stratadb.protocol.client.TSOpenSessionResp;
import org.stratadb.protocol.client.TSPruneSchemaTemplateReq;
import org.stratadb.protocol.client.TSQueryTemplateReq;
import org.stratadb.protocol.client.TSQueryTemplateResp;
import org.stratadb.protocol.client.TSRawDataQueryReq;
import org.stratadb.protocol.client.TSSetSchemaTemplateReq;
import org.stratadb.protocol.client.TSSetTimeZoneReq;
import org.stratadb.protocol.client.TSUnsetSchemaTemplateReq;
import org.stratadb.protocol.client.TSyncIdentityInfo;
import org.stratadb.protocol.client.TSyncTransportMetaInfo;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.common.TShowConfigurationResp;
import org.stratadb.protocol.common.TShowConfigurationTemplateResp;

/**
 * The generated service interface for one connection: nothing but dispatch to the call family that
 * serves each method, with this connection's context. Thrift needs one object with every method;
 * the logic lives in {@link SessionCalls}, {@link InsertCalls}, {@link SchemaCalls}, {@link
 * QueryCalls} and {@link MiscCalls}. The session id in requests is ignored, as in IoTDB: the
 * session is the one opened on this connection.
 *
 * <p>V1 query calls answer like their V2 versions (rows in {@code queryResult}): the only 1.3
 * client that calls one, the aggregation retry after a reconnect, reads {@code queryResult}.
 */
final class ClientRpcHandler implements IClientRPCService.Iface {
  private final ConnectionContext c;
  private final ClientRpcService.Families f;

  ClientRpcHandler(ConnectionContext context, ClientRpcService.Families families) {
    this.c = context;
    this.f = families;
  }

  // Session

  @Override
  public TSOpenSessionResp openSession(TSOpenSessionReq req) {
    return f.session().openSession(c, req);
  }

  @Override
  public TSStatus closeSession(TSCloseSessionReq req) {
    return f.session().closeSession(c);
  }

  @Override
  public long requestStatementId(long sessionId) {
    return f.session().requestStatementId();
  }

  @Override
  public TSGetTimeZoneResp getTimeZone(long sessionId) {
    return f.session().getTimeZone(c);
  }

  @Override
  public TSStatus setTimeZone(TSSetTimeZoneReq req) {
    return f.session().setTimeZone(c, req);
  }

  @Override
  public ServerProperties getProperties() {
    return f.session().getProperties();
  }

  @Override
  public TSConnectionInfoResp fetchAllConnectionsInfo() {
    return f.session().fetchAllConnectionsInfo();
  }

  // SQL and results

  @Override
  public TSExecuteStatementResp executeStatementV2(TSExecuteStatementReq req) {
    return f.query().executeStatement(c, req, Expect.ANY);
  }

  @Override
  public TSExecuteStatementResp executeQueryStatementV2(TSExecuteStatementReq req) {
    return f.query().executeStatement(c, req, Expect.ROWS);
  }

  @Override
  public TSExecuteStatementResp executeUpdateStatementV2(TSExecuteStatementReq req) {
    return f.query().executeStatement(c, req, Expect.STATUS);
  }

  @Override
  public TSExecuteStatementResp executeStatement(TSExecuteStatementReq req) {
    return f.query().executeStatement(c, req, Expect.ANY);
  }

  @Override
  public TSExecuteStatementResp executeQueryStatement(TSExecuteStatementReq req) {
    return f.query().executeStatement(c, req, Expect.ROWS);
  }

  @Override
  public TSExecuteStatementResp executeUpdateStatement(TSExecuteStatementReq req) {
    return f.query().executeStatement(c, req, Expect.STATUS);
  }

  @Override
  public TSStatus executeBatchStatement(TSExecuteBatchStatementReq req) {
    return f.query().executeBatch(c, req);
  }

  @Override
  public TSFetchResultsResp fetchResultsV2(TSFetchResultsReq req) {
    return f.query().fetchResults(c, req);
  }

  @Override
  public TSFetchResultsResp fetchResults(TSFetchResultsReq req) {
    return f.query().fetchResults(c, req);
  }

  @Override
  public TSStatus cancelOperation(TSCancelOperationReq req) {
    return f.query().cancelOperation(c, req);
  }

  @Override
  public TSStatus closeOperation(TSCloseOperationReq req) {
    return f.query().closeOperation(c, req);
  }

  @Override
  public TSExecuteStatementResp executeRawDataQueryV2(TSRawDataQueryReq req) {
    return f.query().rawDataQuery(c, req);
  }

  @Override
  public TSExecuteStatementResp executeLastDataQueryV2(TSLastDataQueryReq req) {
    return f.query().lastDataQuery(c, req);
  }

  @Override
  public TSExecuteStatementResp executeFastLastDataQueryForOneDeviceV2(
      TSFastLastDataQueryForOneDeviceReq req) {
    return f.query().fastLastDataQuery(c, req);
  }

  @Override
  public TSExecuteStatementResp executeAggregationQueryV2(TSAggregationQueryReq req) {
    return f.query().aggregationQuery(c, req);
  }

  @Override
  public TSExecuteStatementResp executeGroupByQueryIntervalQuery(TSGroupByQueryIntervalReq req) {
    return f.query().groupByQueryInterval(c, req);
  }

  @Override
  public TSExecuteStatementResp executeRawDataQuery(TSRawDataQueryReq req) {
    return f.query().rawDataQuery(c, req);
  }

  @Override
  public TSExecuteStatementResp executeLastDataQuery(TSLastDataQueryReq req) {
    return f.query().lastDataQuery(c, req);
  }

  @Override
  public TSExecuteStatementResp executeAggregationQuery(TSAggregationQueryReq req) {
    return f.query().aggregationQuery(c, req);
  }

  // Writes

  @Override
  public TSStatus insertRecord(TSInsertRecordReq req) {
    return f.insert().insertRecord(c, req, false);
  }

  @Override
  public TSStatus insertStringRecord(TSInsertStringRecordReq req) {
    return f.insert().insertStringRecord(c, req, false);
  }

  @Override
  public TSStatus insertTablet(TSInsertTabletReq req) {
    return f.insert().insertTablet(c, req, false);
  }

  @Override
  public TSStatus insertTablets(TSInsertTabletsReq req) {
    return f.insert().insertTablets(c, req, false);
  }

  @Override
  public TSStatus insertRecords(TSInsertRecordsReq req) {
    return f.insert().insertRecords(c, req, false);
  }

  @Override
  public TSStatus insertRecordsOfOneDevice(TSInsertRecordsOfOneDeviceReq req) {
    return f.insert().insertRecordsOfOneDevice(c, req, false);
  }

  @Override
  public TSStatus insertStringRecordsOfOneDevice(TSInsertStringRecordsOfOneDeviceReq req) {
    return f.insert().insertStringRecordsOfOneDevice(c, req, false);
  }

  @Override
  public TSStatus insertStringRecords(TSInsertStringRecordsReq req) {
    return f.insert().insertStringRecords(c, req, false);
  }

  @Override
  public TSStatus testInsertTablet(TSInsertTabletReq req) {
    return f.insert().insertTablet(c, req, true);
  }

  @Override
  public TSStatus testInsertTablets(TSInsertTabletsReq req) {
    return f.insert().insertTablets(c, req, true);
  }

  @Override
  public TSStatus testInsertRecord(TSInsertRecordReq req) {
    return f.insert().insertRecord(c, req, true);
  }

  @Override
  public TSStatus testInsertStringRecord(TSInsertStringRecordReq req) {
    return f.insert().insertStringRecord(c, req, true);
  }

  @Override
  public TSStatus testInsertRecords(TSInsertRecordsReq req) {
    return f.insert().insertRecords(c, req, true);
  }

  @Override
  public TSStatus testInsertRecordsOfOneDevice(TSInsertRecordsOfOneDeviceReq req) {
    return f.insert().insertRecordsOfOneDevice(c, req, true);
  }

  @Override
  public TSStatus testInsertStringRecords(TSInsertStringRecordsReq req) {
    return f.insert().insertStringRecords(c, req, true);
  }

  // Schema and deletions

  @Override
  public TSStatus deleteData(TSDeleteDataReq req) {
    return f.schema().deleteData(c, req);
  }

  @Override
  public TSStatus setStorageGroup(long sessionId, String storageGroup) {
    return f.schema().setStorageGroup(c, storageGroup);
  }

  @Override
  public TSStatus deleteStorageGroups(long sessionId, List<String> storageGroup) {
    return f.schema().deleteStorageGroups(c, storageGroup);
  }

  @Override
  public TSStatus createTimeseries(TSCreateTimeseriesReq req) {
    return f.schema().createTimeseries(c, req);
  }

  @Override
  public TSStatus createAlignedTimeseries(TSCreateAlignedTimeseriesReq req) {
    return f.schema().createAlignedTimeseries(c, req);
  }

  @Override
  public TSStatus createMultiTimeseries(TSCreateMultiTimeseriesReq req) {
    return f.schema().createMultiTimeseries(c, req);
  }

  @Override
  public TSStatus deleteTimeseries(long sessionId, List<String> path) {
    return f.schema().deleteTimeseries(c, path);
  }

  // Not served

  @Override
  public TSFetchMetadataResp fetchMetadata(TSFetchMetadataReq req) {
    return f.misc().fetchMetadata();
  }

  @Override
  public TSStatus createSchemaTemplate(TSCreateSchemaTemplateReq req) {
    return f.misc().unsupported(MiscCalls.TEMPLATES);
  }

  @Override
  public TSStatus appendSchemaTemplate(TSAppendSchemaTemplateReq req) {
    return f.misc().unsupported(MiscCalls.TEMPLATES);
  }

  @Override
  public TSStatus pruneSchemaTemplate(TSPruneSchemaTemplateReq req) {
    return f.misc().unsupported(MiscCalls.TEMPLATES);
  }

  @Override
  public TSQueryTemplateResp querySchemaTemplate(TSQueryTemplateReq req) {
    return f.misc().querySchemaTemplate(req);
  }

  @Override
  public TSStatus setSchemaTemplate(TSSetSchemaTemplateReq req) {
    return f.misc().unsupported(MiscCalls.TEMPLATES);
  }

  @Override
  public TSStatus unsetSchemaTemplate(TSUnsetSchemaTemplateReq req) {
    return f.misc().unsupported(MiscCalls.TEMPLATES);
  }

  @Override
  public TSStatus dropSchemaTemplate(TSDropSchemaTemplateReq req) {
    return f.misc().unsupported(MiscCalls.TEMPLATES);
  }

  @Override
  public TSStatus createTimeseriesUsingSchemaTemplate(TCreateTimeseriesUsingSchemaTemplateReq req) {
    return f.misc().unsupported(MiscCalls.TEMPLATES);
  }

  @Override
  public TSStatus handshake(TSyncIdentityInfo info) {
    return f.misc().unsupported(MiscCalls.SYNC);
  }

  @Override
  public TSStatus sendPipeData(ByteBuffer buff) {
    return f.misc().unsupported(MiscCalls.SYNC);
  }

  @Override
  public TSStatus sendFile(TSyncTransportMetaInfo metaInfo, ByteBuffer buff) {
    return f.misc().unsupported(MiscCalls.SYNC);
  }

  @Override
  public TPipeTransferResp pipeTransfer(TPipeTransferReq req) {
    return f.misc().pipeTransfer();
  }

  @Override
  public TPipeSubscribeResp pipeSubscribe(TPipeSubscribeReq req) {
    return f.misc().pipeSubscribe(req);
  }

  @Override
  public TSBackupConfigurationResp getBackupConfiguration() {
    return f.misc().getBackupConfiguration();
  }

  @Override
  public TSStatus testConnectionEmptyRPC() {
    return f.misc().testConnectionEmptyRpc();
  }

  @Override
  public TShowConfigurationTemplateResp showConfigurationTemplate() {
    return f.misc().showConfigurationTemplate();
  }

  @Override
  public TShowConfigurationResp showConfiguration(int nodeId) {
    return f.misc().showConfiguration();
  }
}
