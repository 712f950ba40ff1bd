package org.stratadb.datanode.coordinator;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.cluster.TimestampPrecision;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.schema.MeasurementSpec;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.SessionContext;
import org.stratadb.query.sql.ParseOptions;
import org.stratadb.query.sql.SqlParser;
import org.stratadb.query.sql.ast.Statement;
import org.stratadb.storage.api.Tablet;

/**
 * The DataNode's {@link Coordinator}: SQL is parsed and dispatched by statement kind; the session
 * API's structured calls go straight to the part that serves them.
 */
public final class CoordinatorImpl implements Coordinator {
  private final StatementDispatcher.Parts parts;
  private final SqlParser parser = new SqlParser();
  private final TimestampPrecision precision;

  CoordinatorImpl(StatementDispatcher.Parts parts, TimestampPrecision precision) {
    this.parts = parts;
    this.precision = precision;
  }

  @Override
  public ExecutionResult executeSql(SessionContext session, String sql) {
    Statement statement = parser.parse(sql, new ParseOptions(session.zoneId(), precision));
    return statement.accept(new StatementDispatcher(parts, session));
  }

  @Override
  public ExecutionResult rawDataQuery(
      SessionContext session, List<String> paths, long startTime, long endTime) {
    return parts.queries().rawDataQuery(session, paths, startTime, endTime);
  }

  @Override
  public ExecutionResult lastQuery(SessionContext session, List<String> paths, long minTime) {
    return parts.queries().lastQuery(session, paths, minTime);
  }

  @Override
  public ExecutionResult aggregationQuery(SessionContext session, AggregationRequest r) {
    return parts
        .queries()
        .aggregationQuery(
            session,
            r.paths(),
            r.functions(),
            r.startTime(),
            r.endTime(),
            r.interval(),
            r.slidingStep());
  }

  @Override
  public void insertTablets(SessionContext session, List<Tablet> tablets) {
    parts.writes().write(tablets);
  }

  @Override
  public void insertStringRows(SessionContext session, List<StringRow> rows) {
    for (StringRow row : rows) {
      parts
          .writes()
          .writeTextRow(
              row.device(),
              row.aligned(),
              row.time(),
              row.measurements().toArray(String[]::new),
              row.values().toArray(String[]::new));
    }
  }

  @Override
  public void createTimeseries(SessionContext session, List<TimeseriesSpec> series) {
    for (TimeseriesSpec s : series) {
      PartialPath path = PartialPath.parseFull(s.path());
      parts.schema().createTimeseries(path, spec(path.lastNode(), s));
    }
  }

  @Override
  public void createAlignedTimeseries(
      SessionContext session, String device, List<TimeseriesSpec> series) {
    List<MeasurementSpec> specs = new ArrayList<>();
    for (TimeseriesSpec s : series) {
      specs.add(spec(s.path(), s));
    }
    parts.schema().createAlignedTimeseries(PartialPath.parseFull(device), specs);
  }

  private static MeasurementSpec spec(String name, TimeseriesSpec s) {
    return new MeasurementSpec(
        name,
        s.dataType(),
        s.encoding(),
        s.compressor(),
        s.alias(),
        s.tags(),
        s.attributes(),
        null);
  }

  @Override
  public void deleteTimeseries(SessionContext session, List<String> pathPatterns) {
    List<PartialPath> dropped = new ArrayList<>();
    parts.schema().dropTimeseries(paths(pathPatterns)).forEach(s -> dropped.add(s.path()));
    parts.deletes().delete(dropped, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  @Override
  public void deleteData(
      SessionContext session, List<String> pathPatterns, long startTime, long endTime) {
    parts.deletes().delete(paths(pathPatterns), startTime, endTime);
  }

  @Override
  public void createDatabase(SessionContext session, String database) {
    parts.databases().create(PartialPath.parseFull(database), java.util.Map.of());
  }

  @Override
  public void deleteDatabases(SessionContext session, List<String> databases) {
    parts.databases().drop(paths(databases));
  }

  private static List<PartialPath> paths(List<String> texts) {
    List<PartialPath> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(PartialPath.parseFull(t));
    }
    return out;
  }
}
