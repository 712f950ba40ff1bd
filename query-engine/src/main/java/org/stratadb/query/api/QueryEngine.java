package org.stratadb.query.api;

import java.util.List;
import java.util.Objects;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.analyze.Analyzer;
import org.stratadb.query.analyze.QuerySpec;
import org.stratadb.query.analyze.SessionQueries;
import org.stratadb.query.exec.Operators;
import org.stratadb.query.exec.QueryResultSet;
import org.stratadb.query.plan.DistributedPlan;
import org.stratadb.query.plan.Planner;
import org.stratadb.query.spi.QueryServices;
import org.stratadb.query.sql.ast.Select;

/**
 * The query engine of a DataNode: analyzes, plans and runs queries over the schema, partition table
 * and data regions its {@link QueryServices} give. One instance per DataNode; thread-safe (each
 * query has its own plan and operators). Results are lazy: regions are read as the caller pulls
 * blocks, and the caller must close them.
 *
 * <p>Every method throws {@link StrataException} with the status code the client should see
 * (SEMANTIC_ERROR 701 for an unknown function or a function that does not fit a series' type,
 * ILLEGAL_PATH 509 for a malformed path, ...).
 */
public final class QueryEngine {
  /** Rows per block unless told otherwise. */
  public static final int DEFAULT_BLOCK_ROWS = 1024;

  private final QueryServices services;
  private final int blockRows;
  private final SessionQueries sessionQueries;
  private final Analyzer analyzer;

  public QueryEngine(QueryServices services) {
    this(services, DEFAULT_BLOCK_ROWS);
  }

  /** An engine whose result blocks hold at most {@code blockRows} rows. */
  public QueryEngine(QueryServices services, int blockRows) {
    this.services = Objects.requireNonNull(services, "services");
    if (blockRows < 1) {
      throw new IllegalArgumentException("blockRows must be positive");
    }
    this.blockRows = blockRows;
    this.sessionQueries = new SessionQueries(services.schema());
    this.analyzer = new Analyzer(services.schema());
  }

  /**
   * Runs a parsed {@code SELECT} (also {@code SELECT LAST}). Time literals in it were read in the
   * session's zone by the parser.
   */
  public ExecutionResult execute(Select select, SessionContext session) {
    return execute(analyzer.analyze(select), session);
  }

  /** Runs an analyzed query. */
  public ExecutionResult execute(QuerySpec spec, SessionContext session) {
    Objects.requireNonNull(session, "session");
    try {
      DistributedPlan plan = new Planner(services).plan(spec);
      Operators operators = new Operators(services.regions(), blockRows);
      return new ExecutionResult.Rows(new QueryResultSet(plan.header(), operators.start(plan)));
    } catch (StrataException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StrataException(
          StatusCode.QUERY_PROCESS_ERROR, "query planning failed: " + e.getMessage(), e);
    }
  }

  /** {@code executeRawDataQuery}: full series paths, time in {@code [startTime, endTime)}. */
  public ExecutionResult rawDataQuery(
      SessionContext session, List<String> paths, long startTime, long endTime) {
    return execute(sessionQueries.raw(paths, startTime, endTime), session);
  }

  /** {@code executeLastDataQuery}: the last point of each series with time at least minTime. */
  public ExecutionResult lastQuery(SessionContext session, List<String> paths, long minTime) {
    return execute(sessionQueries.last(paths, minTime), session);
  }

  /**
   * {@code executeAggregationQuery}: one aggregation per path (lower-case SQL names such as {@code
   * count}, {@code avg}), over {@code [startTime, endTime)} when given, in windows of {@code
   * interval} moved by {@code slidingStep} when an interval is given.
   */
  public ExecutionResult aggregationQuery(
      SessionContext session,
      List<String> paths,
      List<String> functions,
      Long startTime,
      Long endTime,
      Long interval,
      Long slidingStep) {
    return execute(
        sessionQueries.aggregation(paths, functions, startTime, endTime, interval, slidingStep),
        session);
  }
}
