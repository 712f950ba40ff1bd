package org.stratadb.query.analyze;

import java.util.List;
import java.util.Objects;

/**
 * An analyzed query, independent of where its data lives: what to compute, over which times, and
 * which rows to return.
 *
 * @param kind raw, aggregation or last
 * @param columns the output columns in display order (for LAST: one {@link Expr.Series} each)
 * @param time the times to read (the time part of WHERE, and the session API's time bounds)
 * @param where the rest of WHERE, a boolean expression over series, or null
 * @param groupBy GROUP BY time windows, only for aggregations, or null
 * @param offset rows to skip
 * @param limit rows to return at most, {@code Long.MAX_VALUE} for all
 * @param descending whether rows come in descending time ({@code ORDER BY TIME DESC}); for a last
 *     query, in descending series path ({@code ORDER BY TIMESERIES DESC})
 */
public record QuerySpec(
    QueryKind kind,
    List<OutputColumn> columns,
    TimeSet time,
    Expr where,
    GroupByTime groupBy,
    long offset,
    long limit,
    boolean descending) {

  public QuerySpec {
    Objects.requireNonNull(kind, "kind");
    columns = List.copyOf(columns);
    Objects.requireNonNull(time, "time");
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    if (groupBy != null && kind != QueryKind.AGGREGATION) {
      throw new IllegalArgumentException("GROUP BY time applies to aggregations only");
    }
  }

  public static QuerySpec raw(List<OutputColumn> columns, TimeSet time, Expr where) {
    return new QuerySpec(QueryKind.RAW, columns, time, where, null, 0, Long.MAX_VALUE, false);
  }

  public static QuerySpec aggregation(
      List<OutputColumn> columns, TimeSet time, Expr where, GroupByTime groupBy) {
    return new QuerySpec(
        QueryKind.AGGREGATION, columns, time, where, groupBy, 0, Long.MAX_VALUE, false);
  }

  public static QuerySpec last(List<OutputColumn> columns, TimeSet time) {
    return new QuerySpec(QueryKind.LAST, columns, time, null, null, 0, Long.MAX_VALUE, false);
  }

  public QuerySpec withPage(long newOffset, long newLimit) {
    return new QuerySpec(kind, columns, time, where, groupBy, newOffset, newLimit, descending);
  }

  public QuerySpec withDescending(boolean desc) {
    return new QuerySpec(kind, columns, time, where, groupBy, offset, limit, desc);
  }
}
