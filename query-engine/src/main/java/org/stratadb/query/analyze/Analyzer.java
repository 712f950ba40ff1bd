package org.stratadb.query.analyze;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.spi.SchemaLookup;
import org.stratadb.query.sql.ast.GroupBy;
import org.stratadb.query.sql.ast.Pagination;
import org.stratadb.query.sql.ast.ResultColumn;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.sql.ast.SortItem;
import org.stratadb.query.sql.ast.TimeDuration;
import org.stratadb.query.sql.ast.WindowRange;

/**
 * Turns a parsed {@code SELECT} into a {@link QuerySpec}: path operands are joined to the FROM
 * prefixes and resolved through the schema (wildcards and aliases), the time part of WHERE becomes
 * time ranges, and column names are those IoTDB shows.
 *
 * @see SessionQueries for the session API's structured queries
 */
public final class Analyzer {
  private final SeriesResolver resolver;

  public Analyzer(SchemaLookup schema) {
    this.resolver = new SeriesResolver(schema);
  }

  /**
   * Analyzes a query.
   *
   * @throws StrataException SEMANTIC_ERROR for what the query cannot mean (unknown function,
   *     aggregation of the wrong type, raw and aggregated columns mixed, ...),
   *     UNSUPPORTED_OPERATION for clauses not implemented yet
   */
  public QuerySpec analyze(Select select) {
    rejectUnsupported(select);
    ExpressionExpander expander = new ExpressionExpander(resolver, select.from());
    Expr where = select.where().map(w -> where(expander, w)).orElse(null);
    TimePredicates.Split split = TimePredicates.split(where);
    TimeSet time = split.time();
    if (where != null && where instanceof Expr.Literal l && l.value() == Boolean.FALSE) {
      time = TimeSet.none();
    }
    List<OutputColumn> columns = columns(expander, select);
    if (select.isLastQuery()) {
      return last(select, columns, split);
    }
    boolean aggregation = checkKinds(columns);
    GroupByTime groupBy = groupBy(select.groupBy(), time);
    if (groupBy != null && !aggregation && !columns.isEmpty()) {
      throw semantic("GROUP BY TIME needs aggregations in the select list");
    }
    QuerySpec spec =
        aggregation || groupBy != null
            ? QuerySpec.aggregation(columns, time, split.rest(), groupBy)
            : QuerySpec.raw(columns, time, split.rest());
    return page(spec, select).withDescending(select.layout().timeDescending());
  }

  private static QuerySpec last(
      Select select, List<OutputColumn> columns, TimePredicates.Split split) {
    TimeSet time = split.time();
    boolean lowerBoundOnly =
        time.isEmpty() || (time.ranges().size() == 1 && time.hull().end() == Long.MAX_VALUE);
    if (split.rest() != null || !lowerBoundOnly) {
      throw semantic("a last query may only filter by a lower bound of time (time > x, time >= x)");
    }
    boolean byPathDescending =
        !select.layout().orderBy().isEmpty() && select.layout().orderBy().get(0).descending();
    return page(QuerySpec.last(columns, split.time()), select).withDescending(byPathDescending);
  }

  /** Whether the columns are aggregations; they must be all or none. */
  private static boolean checkKinds(List<OutputColumn> columns) {
    boolean aggregation = !columns.isEmpty() && columns.get(0).expr() instanceof Expr.Aggregate;
    for (OutputColumn column : columns) {
      if ((column.expr() instanceof Expr.Aggregate) != aggregation) {
        throw semantic("Raw data and aggregation hybrid query is not supported.");
      }
      Exprs.walk(
          column.expr(),
          e -> {
            if (e instanceof Expr.Aggregate && e != column.expr()) {
              throw unsupported("expressions over aggregations: " + column.name());
            }
          });
    }
    return aggregation;
  }

  private static void rejectUnsupported(Select select) {
    if (select.alignByDevice()) {
      throw unsupported("ALIGN BY DEVICE");
    }
    if (select.fill().isPresent()) {
      throw unsupported("FILL");
    }
    if (select.having().isPresent()) {
      throw unsupported("HAVING");
    }
    if (!select.groupBy().levels().isEmpty()) {
      throw unsupported("GROUP BY LEVEL");
    }
    SortItem.Key allowed = select.isLastQuery() ? SortItem.Key.TIMESERIES : SortItem.Key.TIME;
    for (SortItem item : select.layout().orderBy()) {
      if (item.key() != allowed) {
        throw unsupported(
            "ORDER BY " + item.key() + (select.isLastQuery() ? " in a last query" : ""));
      }
    }
  }

  private static Expr where(
      ExpressionExpander expander, org.stratadb.query.sql.ast.expression.Expression ast) {
    List<ExpressionExpander.Expanded> parts = expander.expand(ast);
    if (parts.isEmpty()) {
      // the condition names no existing series: no row can satisfy it
      return Expr.Literal.of(false);
    }
    Expr where = null;
    for (ExpressionExpander.Expanded part : parts) {
      Exprs.walk(
          part.expr(),
          e -> {
            if (e instanceof Expr.Aggregate) {
              throw semantic("aggregate functions are not allowed in WHERE");
            }
          });
      where = where == null ? part.expr() : new Expr.Binary(Expr.BinaryOp.AND, where, part.expr());
    }
    if (Exprs.typeOf(where) != org.apache.tsfile.enums.TSDataType.BOOLEAN) {
      throw semantic("WHERE needs a boolean condition: " + ast.toSql());
    }
    return where;
  }

  private static List<OutputColumn> columns(ExpressionExpander expander, Select select) {
    List<OutputColumn> columns = new ArrayList<>();
    for (ResultColumn column : select.select().columns()) {
      List<ExpressionExpander.Expanded> expanded = expander.expand(column.expression());
      if (column.alias().isPresent() && expanded.size() > 1) {
        throw semantic(
            "alias '" + column.alias().get() + "' can only be matched with one time series");
      }
      for (ExpressionExpander.Expanded e : expanded) {
        if (select.isLastQuery() && !(e.expr() instanceof Expr.Series)) {
          throw semantic("a last query selects series only");
        }
        Exprs.typeOf(e.expr());
        columns.add(new OutputColumn(column.alias().orElse(e.ast().toSql()), e.expr()));
      }
    }
    Pagination series = select.layout().series();
    int from = (int) Math.min(series.offset(), columns.size());
    int to =
        series.hasLimit() ? (int) Math.min(columns.size(), from + series.limit()) : columns.size();
    return columns.subList(from, to);
  }

  private static GroupByTime groupBy(GroupBy groupBy, TimeSet time) {
    if (groupBy.time().isEmpty()) {
      return null;
    }
    var g = groupBy.time().get();
    if (g.interval().hasMonths() || g.slidingStep().hasMonths()) {
      throw unsupported("GROUP BY TIME in calendar months");
    }
    long start;
    long end;
    if (g.range().isPresent()) {
      WindowRange range = g.range().get();
      start = range.start();
      end = range.end();
      if (!range.leftClosed()) {
        TimeDuration openStep = g.slidingStep().isZero() ? g.interval() : g.slidingStep();
        return GroupByTime.leftOpen(start, end, g.interval().fixed(), openStep.fixed());
      }
    } else {
      if (time.isEmpty()
          || time.hull().start() == Long.MIN_VALUE
          || time.hull().end() == Long.MAX_VALUE) {
        throw semantic("GROUP BY TIME without a range needs a bounded time filter in WHERE");
      }
      start = time.hull().start();
      end = time.hull().end() + 1;
    }
    TimeDuration step = g.slidingStep().isZero() ? g.interval() : g.slidingStep();
    return new GroupByTime(start, end, g.interval().fixed(), step.fixed());
  }

  private static QuerySpec page(QuerySpec spec, Select select) {
    Pagination rows = select.layout().rows();
    long limit = rows.hasLimit() ? rows.limit() : Long.MAX_VALUE;
    return spec.withPage(rows.offset(), limit);
  }

  static StrataException semantic(String message) {
    return new StrataException(StatusCode.SEMANTIC_ERROR, message);
  }

  static StrataException unsupported(String what) {
    return new StrataException(StatusCode.UNSUPPORTED_OPERATION, what + " is not supported yet");
  }
}
