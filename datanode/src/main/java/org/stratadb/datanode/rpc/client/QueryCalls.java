package org.stratadb.datanode.rpc.client;

import static org.stratadb.datanode.rpc.client.WireTypes.illegal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.datanode.coordinator.AggregationRequest;
import org.stratadb.datanode.coordinator.Coordinator;
import org.stratadb.datanode.session.ClientSession;
import org.stratadb.protocol.client.TSAggregationQueryReq;
import org.stratadb.protocol.client.TSCancelOperationReq;
import org.stratadb.protocol.client.TSCloseOperationReq;
import org.stratadb.protocol.client.TSExecuteBatchStatementReq;
import org.stratadb.protocol.client.TSExecuteStatementReq;
import org.stratadb.protocol.client.TSExecuteStatementResp;
import org.stratadb.protocol.client.TSFastLastDataQueryForOneDeviceReq;
import org.stratadb.protocol.client.TSFetchResultsReq;
import org.stratadb.protocol.client.TSFetchResultsResp;
import org.stratadb.protocol.client.TSGroupByQueryIntervalReq;
import org.stratadb.protocol.client.TSLastDataQueryReq;
import org.stratadb.protocol.client.TSRawDataQueryReq;
import org.stratadb.protocol.common.TAggregationType;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.query.api.ResultSet;
import org.stratadb.query.api.SessionContext;

/**
 * SQL statements, the session API's structured queries, and paging through their rows.
 *
 * <p>A query reply carries the header (columns, declared types, column-to-block index, whether a
 * Time column is shown), the first page of serialized TsBlocks (always a list, possibly empty) and
 * whether more rows follow; a query with more rows stays open on the connection until it is fetched
 * to the end, closed or cancelled. A statement without rows gets a reply with only a status: JDBC
 * takes a set {@code columns} field to mean "this statement returned rows".
 */
final class QueryCalls {
  /** The page size when a request names none (IoTDB's default fetch size). */
  static final int DEFAULT_FETCH_SIZE = 5000;

  /** What the caller of an execute call wants back. */
  enum Expect {
    /** Rows if the statement has any, else only a status ({@code executeStatement}). */
    ANY,
    /** Rows ({@code executeQueryStatement}); a statement without rows still gets its status. */
    ROWS,
    /** Only the status ({@code executeUpdateStatement}); rows are dropped. */
    STATUS
  }

  private final Coordinator coordinator;

  QueryCalls(Coordinator coordinator) {
    this.coordinator = coordinator;
  }

  TSExecuteStatementResp executeStatement(
      ConnectionContext c, TSExecuteStatementReq req, Expect expect) {
    return execute(
        "executeStatement",
        c,
        req.getStatementId(),
        req.isSetFetchSize() ? req.getFetchSize() : 0,
        expect,
        session -> coordinator.executeSql(session, required(req.getStatement())));
  }

  TSStatus executeBatch(ConnectionContext c, TSExecuteBatchStatementReq req) {
    SessionContext session;
    try {
      session = c.requireSession().context();
      required(req.getStatements());
    } catch (RuntimeException e) {
      return Statuses.failure("executeBatchStatement", e);
    }
    List<TSStatus> each = new ArrayList<>(req.getStatements().size());
    int failed = 0;
    for (String sql : req.getStatements()) {
      TSStatus status =
          Statuses.run(
              "executeBatchStatement", () -> dropRows(coordinator.executeSql(session, sql)));
      failed += Statuses.isOk(status) ? 0 : 1;
      each.add(status);
    }
    if (failed == 0) {
      return Statuses.ok();
    }
    return Statuses.of(
            StatusCode.MULTIPLE_ERROR, failed + " of " + each.size() + " statements failed")
        .setSubStatus(each);
  }

  TSExecuteStatementResp rawDataQuery(ConnectionContext c, TSRawDataQueryReq req) {
    return execute(
        "executeRawDataQuery",
        c,
        req.getStatementId(),
        req.isSetFetchSize() ? req.getFetchSize() : 0,
        Expect.ROWS,
        session ->
            coordinator.rawDataQuery(
                session, required(req.getPaths()), req.getStartTime(), req.getEndTime()));
  }

  TSExecuteStatementResp lastDataQuery(ConnectionContext c, TSLastDataQueryReq req) {
    return execute(
        "executeLastDataQuery",
        c,
        req.getStatementId(),
        req.isSetFetchSize() ? req.getFetchSize() : 0,
        Expect.ROWS,
        session -> coordinator.lastQuery(session, required(req.getPaths()), req.getTime()));
  }

  TSExecuteStatementResp fastLastDataQuery(
      ConnectionContext c, TSFastLastDataQueryForOneDeviceReq req) {
    return execute(
        "executeFastLastDataQueryForOneDevice",
        c,
        req.getStatementId(),
        req.isSetFetchSize() ? req.getFetchSize() : 0,
        Expect.ROWS,
        session -> {
          String device = required(req.getDeviceId());
          List<String> paths = new ArrayList<>();
          for (String sensor : required(req.getSensors())) {
            paths.add(device + "." + sensor);
          }
          return coordinator.lastQuery(session, paths, Long.MIN_VALUE);
        });
  }

  TSExecuteStatementResp aggregationQuery(ConnectionContext c, TSAggregationQueryReq req) {
    return execute(
        "executeAggregationQuery",
        c,
        req.getStatementId(),
        req.isSetFetchSize() ? req.getFetchSize() : 0,
        Expect.ROWS,
        session -> {
          List<String> paths = required(req.getPaths());
          List<TAggregationType> aggregations = required(req.getAggregations());
          if (paths.size() != aggregations.size()) {
            throw illegal(paths.size() + " paths but " + aggregations.size() + " aggregations");
          }
          List<String> functions = new ArrayList<>(aggregations.size());
          aggregations.forEach(a -> functions.add(functionName(a)));
          AggregationRequest request =
              new AggregationRequest(
                  paths,
                  functions,
                  req.isSetStartTime() ? req.getStartTime() : null,
                  req.isSetEndTime() ? req.getEndTime() : null,
                  req.isSetInterval() ? req.getInterval() : null,
                  req.isSetSlidingStep() ? req.getSlidingStep() : null);
          return coordinator.aggregationQuery(session, request);
        });
  }

  TSExecuteStatementResp groupByQueryInterval(ConnectionContext c, TSGroupByQueryIntervalReq req) {
    return execute(
        "executeGroupByQueryIntervalQuery",
        c,
        req.getStatementId(),
        req.isSetFetchSize() ? req.getFetchSize() : 0,
        Expect.ROWS,
        session -> {
          String path = required(req.getDevice()) + "." + required(req.getMeasurement());
          AggregationRequest request =
              new AggregationRequest(
                  List.of(path),
                  List.of(functionName(required(req.getAggregationType()))),
                  req.isSetStartTime() ? req.getStartTime() : null,
                  req.isSetEndTime() ? req.getEndTime() : null,
                  req.isSetInterval() ? req.getInterval() : null,
                  null);
          return coordinator.aggregationQuery(session, request);
        });
  }

  TSFetchResultsResp fetchResults(ConnectionContext c, TSFetchResultsReq req) {
    TSFetchResultsResp resp = new TSFetchResultsResp(Statuses.ok(), false, true);
    try {
      c.requireSession();
      QueryCursor cursor = c.query(req.getQueryId());
      if (cursor == null) {
        return resp.setQueryResult(List.of()).setMoreData(false);
      }
      QueryCursor.Page page;
      try {
        page = cursor.nextPage(fetchSize(req.getFetchSize()));
      } catch (RuntimeException e) {
        c.closeQuery(req.getQueryId());
        throw e;
      }
      if (!page.more()) {
        c.closeQuery(req.getQueryId());
      }
      return resp.setHasResultSet(!page.blocks().isEmpty())
          .setQueryResult(page.blocks())
          .setMoreData(page.more());
    } catch (RuntimeException e) {
      return resp.setStatus(Statuses.failure("fetchResults", e));
    }
  }

  TSStatus closeOperation(ConnectionContext c, TSCloseOperationReq req) {
    return Statuses.run(
        "closeOperation",
        () -> {
          c.requireSession();
          if (req.isSetQueryId()) {
            c.closeQuery(req.getQueryId());
          } else if (req.isSetStatementId()) {
            c.closeStatement(req.getStatementId());
          }
        });
  }

  TSStatus cancelOperation(ConnectionContext c, TSCancelOperationReq req) {
    return Statuses.run(
        "cancelOperation",
        () -> {
          c.requireSession();
          c.closeQuery(req.getQueryId());
        });
  }

  /** Runs one statement and shapes its reply; every failure becomes the reply's status. */
  private TSExecuteStatementResp execute(
      String operation,
      ConnectionContext c,
      long statementId,
      int fetchSize,
      Expect expect,
      Function<SessionContext, ExecutionResult> call) {
    ResultSet rows = null;
    try {
      ClientSession session = c.requireSession();
      ExecutionResult result = call.apply(session.context());
      if (!(result instanceof ExecutionResult.Rows withRows)) {
        return new TSExecuteStatementResp(Statuses.ok());
      }
      rows = withRows.rows();
      if (expect == Expect.STATUS) {
        rows.close();
        return new TSExecuteStatementResp(Statuses.ok());
      }
      long queryId = c.sessions().newQueryId();
      QueryCursor cursor = new QueryCursor(queryId, statementId, rows);
      rows = null; // the cursor owns it now
      TSExecuteStatementResp resp;
      QueryCursor.Page page;
      try {
        resp = header(cursor, queryId);
        page = cursor.nextPage(fetchSize(fetchSize));
      } catch (RuntimeException e) {
        cursor.close();
        throw e;
      }
      if (page.more()) {
        c.addQuery(session, cursor);
      }
      return resp.setQueryResult(page.blocks()).setMoreData(page.more());
    } catch (RuntimeException e) {
      if (rows != null) {
        closeQuietly(rows);
      }
      return new TSExecuteStatementResp(Statuses.failure(operation, e));
    }
  }

  private static TSExecuteStatementResp header(QueryCursor cursor, long queryId) {
    ResultHeader header = cursor.header();
    List<String> typeNames = new ArrayList<>(header.dataTypes().size());
    for (TSDataType type : header.dataTypes()) {
      typeNames.add(type.name());
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.columns().size(); i++) {
      index.putIfAbsent(header.columns().get(i), header.blockColumn().get(i));
    }
    return new TSExecuteStatementResp(Statuses.ok())
        .setQueryId(queryId)
        .setColumns(header.columns())
        .setDataTypeList(typeNames)
        .setColumnNameIndexMap(index)
        .setSgColumns(List.of())
        .setAliasColumns(List.of())
        .setIgnoreTimeStamp(header.ignoreTimestamp());
  }

  /** {@code COUNT} becomes {@code count}, {@code FIRST_VALUE} {@code first_value}, and so on. */
  static String functionName(TAggregationType type) {
    if (type == null) {
      throw illegal("unknown aggregation type");
    }
    if (type == TAggregationType.UDAF) {
      throw illegal("UDAF needs a function name, which the session API cannot send; use SQL");
    }
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static int fetchSize(int requested) {
    return requested > 0 ? requested : DEFAULT_FETCH_SIZE;
  }

  private static void dropRows(ExecutionResult result) {
    if (result instanceof ExecutionResult.Rows rows) {
      rows.rows().close();
    }
  }

  private static void closeQuietly(ResultSet rows) {
    try {
      rows.close();
    } catch (RuntimeException ignored) {
      // the reply already reports the failure that matters
    }
  }

  private static <T> T required(T value) {
    if (value == null) {
      throw illegal("a required argument is missing");
    }
    return value;
  }
}
