package org.stratadb.datanode.rpc.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.stratadb.datanode.coordinator.AggregationRequest;
import org.stratadb.datanode.coordinator.Coordinator;
import org.stratadb.datanode.coordinator.StringRow;
import org.stratadb.datanode.coordinator.TimeseriesSpec;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.SessionContext;
import org.stratadb.storage.api.Tablet;

/**
 * A coordinator that records what it is asked and answers queries from functions the test sets.
 * Unset query functions fail with a RuntimeException, which the service must report as 305.
 */
final class FakeCoordinator implements Coordinator {
  final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  final List<Tablet> tablets = Collections.synchronizedList(new ArrayList<>());
  final List<StringRow> stringRows = Collections.synchronizedList(new ArrayList<>());
  final List<TimeseriesSpec> series = Collections.synchronizedList(new ArrayList<>());
  final List<SessionContext> sessions = Collections.synchronizedList(new ArrayList<>());
  volatile Function<String, ExecutionResult> sql = s -> ExecutionResult.done();
  volatile Function<List<String>, ExecutionResult> queries =
      p -> {
        throw new IllegalStateException("no query answer set");
      };
  volatile AggregationRequest lastAggregation;
  volatile RuntimeException writeFailure;

  private void record(SessionContext session, String call) {
    sessions.add(session);
    calls.add(call);
  }

  private void maybeFail() {
    RuntimeException failure = writeFailure;
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public ExecutionResult executeSql(SessionContext session, String statement) {
    record(session, "sql " + statement);
    return sql.apply(statement);
  }

  @Override
  public ExecutionResult rawDataQuery(
      SessionContext session, List<String> paths, long startTime, long endTime) {
    record(session, "raw " + paths + " " + startTime + " " + endTime);
    return queries.apply(paths);
  }

  @Override
  public ExecutionResult lastQuery(SessionContext session, List<String> paths, long minTime) {
    record(session, "last " + paths + " " + minTime);
    return queries.apply(paths);
  }

  @Override
  public ExecutionResult aggregationQuery(SessionContext session, AggregationRequest request) {
    record(session, "aggregation " + request);
    lastAggregation = request;
    return queries.apply(request.paths());
  }

  @Override
  public void insertTablets(SessionContext session, List<Tablet> tablets) {
    record(session, "insertTablets " + tablets.size());
    maybeFail();
    this.tablets.addAll(tablets);
  }

  @Override
  public void insertStringRows(SessionContext session, List<StringRow> rows) {
    record(session, "insertStringRows " + rows.size());
    maybeFail();
    stringRows.addAll(rows);
  }

  @Override
  public void createTimeseries(SessionContext session, List<TimeseriesSpec> specs) {
    record(session, "createTimeseries " + specs.size());
    maybeFail();
    series.addAll(specs);
  }

  @Override
  public void createAlignedTimeseries(
      SessionContext session, String device, List<TimeseriesSpec> specs) {
    record(session, "createAlignedTimeseries " + device + " " + specs.size());
    maybeFail();
    series.addAll(specs);
  }

  @Override
  public void deleteTimeseries(SessionContext session, List<String> pathPatterns) {
    record(session, "deleteTimeseries " + pathPatterns);
    maybeFail();
  }

  @Override
  public void deleteData(
      SessionContext session, List<String> pathPatterns, long startTime, long endTime) {
    record(session, "deleteData " + pathPatterns + " " + startTime + " " + endTime);
    maybeFail();
  }

  @Override
  public void createDatabase(SessionContext session, String database) {
    record(session, "createDatabase " + database);
    maybeFail();
  }

  @Override
  public void deleteDatabases(SessionContext session, List<String> databases) {
    record(session, "deleteDatabases " + databases);
    maybeFail();
  }
}
