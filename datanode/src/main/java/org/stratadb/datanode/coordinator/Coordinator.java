package org.stratadb.datanode.coordinator;

import java.util.List;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.SessionContext;
import org.stratadb.storage.api.Tablet;

/**
 * The DataNode's entry for every client request once it is decoded from the wire: SQL, the session
 * API's structured queries and writes. Implementations route to the schema engine, the partition
 * table, the query engine and the data regions. Every method throws {@link StrataException}
 * carrying the status code the client should see.
 */
public interface Coordinator {

  /** Parses and runs one SQL statement. */
  ExecutionResult executeSql(SessionContext session, String sql);

  /** {@code executeRawDataQuery}: full series paths, time in {@code [startTime, endTime)}. */
  ExecutionResult rawDataQuery(
      SessionContext session, List<String> paths, long startTime, long endTime);

  /** {@code executeLastDataQuery}: the last point of each series with time at least minTime. */
  ExecutionResult lastQuery(SessionContext session, List<String> paths, long minTime);

  /**
   * {@code executeAggregationQuery}: one aggregation per path ({@code functions} are lower-case SQL
   * names such as {@code count}, {@code avg}), optionally over {@code [startTime, endTime)} and in
   * windows of {@code interval} moved by {@code slidingStep}.
   */
  ExecutionResult aggregationQuery(SessionContext session, AggregationRequest request);

  /** Writes typed tablets; missing series are created when auto-creation is on. */
  void insertTablets(SessionContext session, List<Tablet> tablets);

  /** Writes rows given as text; types come from the schema or are inferred. */
  void insertStringRows(SessionContext session, List<StringRow> rows);

  void createTimeseries(SessionContext session, List<TimeseriesSpec> series);

  /** Creates the measurements of one aligned device. */
  void createAlignedTimeseries(SessionContext session, String device, List<TimeseriesSpec> series);

  void deleteTimeseries(SessionContext session, List<String> pathPatterns);

  /** Deletes the points of the matching series with time in {@code [startTime, endTime]}. */
  void deleteData(SessionContext session, List<String> pathPatterns, long startTime, long endTime);

  void createDatabase(SessionContext session, String database);

  void deleteDatabases(SessionContext session, List<String> databases);
}
