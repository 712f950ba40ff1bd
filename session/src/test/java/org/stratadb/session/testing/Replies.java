package org.stratadb.session.testing;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stratadb.protocol.client.TSExecuteStatementResp;
import org.stratadb.protocol.client.TSFetchResultsResp;

/** Query replies shaped like a real server's, for tests. */
public final class Replies {
  private Replies() {}

  /**
   * A query reply: columns with their types, each distinct name mapped to its own TsBlock column in
   * first-seen order, the given blocks and the more-data flag.
   */
  public static TSExecuteStatementResp query(
      long queryId,
      List<String> columns,
      List<String> types,
      boolean ignoreTimeStamp,
      boolean moreData,
      ByteBuffer... blocks) {
    Map<String, Integer> index = new HashMap<>();
    for (String c : columns) {
      index.putIfAbsent(c, index.size());
    }
    TSExecuteStatementResp resp = new TSExecuteStatementResp(FakeServer.ok());
    resp.setQueryId(queryId);
    resp.setColumns(columns);
    resp.setDataTypeList(types);
    resp.setColumnNameIndexMap(index);
    resp.setSgColumns(new ArrayList<>());
    resp.setAliasColumns(new ArrayList<>());
    resp.setIgnoreTimeStamp(ignoreTimeStamp);
    resp.setQueryResult(List.of(blocks));
    resp.setMoreData(moreData);
    return resp;
  }

  /** A fetchResultsV2 page. */
  public static TSFetchResultsResp page(boolean moreData, ByteBuffer... blocks) {
    TSFetchResultsResp resp = new TSFetchResultsResp(FakeServer.ok(), blocks.length > 0, true);
    resp.setQueryResult(List.of(blocks));
    resp.setMoreData(moreData);
    return resp;
  }

  /** The reply of a statement without a result set. */
  public static TSExecuteStatementResp done() {
    return new TSExecuteStatementResp(FakeServer.ok());
  }
}
