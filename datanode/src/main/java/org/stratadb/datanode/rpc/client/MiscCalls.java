package org.stratadb.datanode.rpc.client;

import org.stratadb.protocol.client.TPipeSubscribeReq;
import org.stratadb.protocol.client.TPipeSubscribeResp;
import org.stratadb.protocol.client.TPipeTransferResp;
import org.stratadb.protocol.client.TSBackupConfigurationResp;
import org.stratadb.protocol.client.TSFetchMetadataResp;
import org.stratadb.protocol.client.TSQueryTemplateReq;
import org.stratadb.protocol.client.TSQueryTemplateResp;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.common.TShowConfigurationResp;
import org.stratadb.protocol.common.TShowConfigurationTemplateResp;

/**
 * Calls StrataDB does not serve (yet): they answer UNSUPPORTED_OPERATION (300) with a message
 * naming what is missing, never a pretended success. Also the few administrative calls that need no
 * state.
 */
final class MiscCalls {
  static final String TEMPLATES = "Schema templates";
  static final String SYNC = "The legacy sync protocol (handshake, sendPipeData, sendFile)";
  static final String PIPE_TRANSFER = "Pipe transfer on the client port";
  static final String SUBSCRIPTION = "Subscription (pipeSubscribe)";

  TSStatus unsupported(String what) {
    return Statuses.unsupported(what);
  }

  TSQueryTemplateResp querySchemaTemplate(TSQueryTemplateReq req) {
    return new TSQueryTemplateResp(Statuses.unsupported(TEMPLATES), req.getQueryType());
  }

  TSFetchMetadataResp fetchMetadata() {
    return new TSFetchMetadataResp(Statuses.unsupported("fetchMetadata; use SHOW statements"));
  }

  TPipeTransferResp pipeTransfer() {
    return new TPipeTransferResp(Statuses.unsupported(PIPE_TRANSFER));
  }

  TPipeSubscribeResp pipeSubscribe(TPipeSubscribeReq req) {
    return new TPipeSubscribeResp(
        Statuses.unsupported(SUBSCRIPTION), req.getVersion(), req.getType());
  }

  /** No operation sync to a secondary cluster is configured (the feature IoTDB dropped in 1.0). */
  TSBackupConfigurationResp getBackupConfiguration() {
    return new TSBackupConfigurationResp(Statuses.ok()).setEnableOperationSync(false);
  }

  TSStatus testConnectionEmptyRpc() {
    return Statuses.ok();
  }

  TShowConfigurationTemplateResp showConfigurationTemplate() {
    return new TShowConfigurationTemplateResp(
        Statuses.unsupported("showConfigurationTemplate"), "");
  }

  TShowConfigurationResp showConfiguration() {
    return new TShowConfigurationResp(Statuses.unsupported("showConfiguration"), "");
  }
}
