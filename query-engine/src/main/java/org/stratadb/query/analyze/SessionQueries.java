package org.stratadb.query.analyze;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.spi.SchemaLookup;

/**
 * The structured queries of the session API ({@code executeRawDataQuery}, {@code
 * executeLastDataQuery}, {@code executeAggregationQuery}) as {@link QuerySpec}s. Paths are full
 * paths and may be patterns; paths naming no series are left out.
 */
public final class SessionQueries {
  private final SeriesResolver resolver;

  public SessionQueries(SchemaLookup schema) {
    this.resolver = new SeriesResolver(schema);
  }

  /** Raw data of {@code paths} with time in {@code [startTime, endTime)}. */
  public QuerySpec raw(List<String> paths, long startTime, long endTime) {
    List<OutputColumn> columns = new ArrayList<>();
    for (String path : paths) {
      for (Expr.Series series : resolver.resolve(path)) {
        columns.add(OutputColumn.of(series));
      }
    }
    return QuerySpec.raw(columns, TimeSet.halfOpen(startTime, endTime), null);
  }

  /** The last point of each series of {@code paths} with time at least {@code minTime}. */
  public QuerySpec last(List<String> paths, long minTime) {
    List<OutputColumn> columns = new ArrayList<>();
    for (String path : paths) {
      for (Expr.Series series : resolver.resolve(path)) {
        columns.add(OutputColumn.of(series));
      }
    }
    return QuerySpec.last(columns, TimeSet.closed(minTime, Long.MAX_VALUE));
  }

  /**
   * One aggregation per path, over {@code [startTime, endTime)} when given, in windows when {@code
   * interval} is given (then both times are needed; the step defaults to the interval).
   *
   * @throws StrataException SEMANTIC_ERROR for an unknown function, a function that does not apply
   *     to a series' type, or windows without a time range
   */
  public QuerySpec aggregation(
      List<String> paths,
      List<String> functions,
      Long startTime,
      Long endTime,
      Long interval,
      Long slidingStep) {
    if (paths.size() != functions.size()) {
      throw new StrataException(StatusCode.SEMANTIC_ERROR, "one aggregation per path expected");
    }
    List<OutputColumn> columns = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      AggregationFunction function = AggregationFunction.require(functions.get(i));
      for (Expr.Series series : resolver.resolve(paths.get(i))) {
        Expr.Aggregate aggregate = new Expr.Aggregate(function, series);
        Exprs.typeOf(aggregate);
        columns.add(OutputColumn.of(aggregate));
      }
    }
    long start = startTime == null ? Long.MIN_VALUE : startTime;
    TimeSet time =
        endTime == null ? TimeSet.closed(start, Long.MAX_VALUE) : TimeSet.halfOpen(start, endTime);
    GroupByTime groupBy = null;
    if (interval != null && interval > 0) {
      if (startTime == null || endTime == null) {
        throw new StrataException(
            StatusCode.SEMANTIC_ERROR, "an aggregation in windows needs a start and end time");
      }
      long step = slidingStep == null || slidingStep <= 0 ? interval : slidingStep;
      groupBy = new GroupByTime(startTime, endTime, interval, step);
    }
    return QuerySpec.aggregation(columns, time, null, groupBy);
  }
}
