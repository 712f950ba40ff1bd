package org.stratadb.query.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.stratadb.query.sql.SqlSemanticException;
import org.stratadb.query.sql.ast.AlignBy;
import org.stratadb.query.sql.ast.Fill;
import org.stratadb.query.sql.ast.GroupBy;
import org.stratadb.query.sql.ast.GroupByTime;
import org.stratadb.query.sql.ast.ResultColumn;
import org.stratadb.query.sql.ast.ResultLayout;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.sql.ast.SelectClause;
import org.stratadb.query.sql.ast.SortItem;
import org.stratadb.query.sql.ast.TimeDuration;
import org.stratadb.query.sql.ast.WindowRange;
import org.stratadb.query.sql.ast.expression.Expression;
import org.stratadb.query.sql.grammar.StrataSqlParser;
import org.stratadb.query.sql.grammar.StrataSqlParser.AliasContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ExpressionSortItemContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.FillClauseContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.GroupByAttributeContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.GroupByClauseContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.GroupByLevelContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.GroupByTimeContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.KeySortItemContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.PaginationClauseContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ResultColumnContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.SelectStatementContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.SortItemContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.TimeRangeContext;

/** SELECT statements, clause by clause. */
final class SelectBuilder {
  private final BuildContext context;

  SelectBuilder(BuildContext context) {
    this.context = context;
  }

  Select build(SelectStatementContext ctx) {
    List<ResultColumn> columns = new ArrayList<>();
    for (ResultColumnContext column : ctx.selectClause().resultColumn()) {
      columns.add(resultColumn(column));
    }
    SelectClause select = new SelectClause(ctx.selectClause().LAST() != null, columns);
    Optional<Expression> where =
        ctx.whereClause() == null
            ? Optional.empty()
            : Optional.of(context.expressions.build(ctx.whereClause().expression()));
    Optional<Expression> having =
        ctx.havingClause() == null
            ? Optional.empty()
            : Optional.of(context.expressions.build(ctx.havingClause().expression()));
    return new Select(
        select,
        Names.prefixPaths(ctx.fromClause().prefixPath()),
        where,
        groupBy(ctx.groupByClause()),
        having,
        fill(ctx.fillClause()),
        layout(ctx));
  }

  private ResultColumn resultColumn(ResultColumnContext ctx) {
    Expression expression = context.expressions.build(ctx.expression());
    return new ResultColumn(expression, Optional.ofNullable(ctx.alias()).map(this::alias));
  }

  private String alias(AliasContext ctx) {
    if (ctx.identifier() != null) {
      return Names.identifier(ctx.identifier());
    }
    return context.literals.constant(ctx.constant()).text();
  }

  // ---- GROUP BY ----

  private GroupBy groupBy(GroupByClauseContext ctx) {
    if (ctx == null) {
      return GroupBy.NONE;
    }
    Optional<GroupByTime> time = Optional.empty();
    List<Integer> levels = new ArrayList<>();
    for (GroupByAttributeContext attribute : ctx.groupByAttribute()) {
      if (attribute instanceof GroupByTimeContext windows) {
        if (time.isPresent()) {
          throw new SqlSemanticException("GROUP BY time is given more than once");
        }
        time = Optional.of(groupByTime(windows));
      } else {
        if (!levels.isEmpty()) {
          throw new SqlSemanticException("GROUP BY LEVEL is given more than once");
        }
        for (TerminalNode level : ((GroupByLevelContext) attribute).INTEGER_LITERAL()) {
          levels.add(Literals.nonNegativeInt(level, "GROUP BY LEVEL is out of range"));
        }
      }
    }
    return new GroupBy(time, levels);
  }

  private GroupByTime groupByTime(GroupByTimeContext ctx) {
    TimeDuration interval = context.time.duration(ctx.interval.getText());
    if (interval.isZero()) {
      throw new SqlSemanticException("The time interval should be positive.");
    }
    TimeDuration step = ctx.step == null ? interval : context.time.duration(ctx.step.getText());
    if (step.isZero()) {
      throw new SqlSemanticException("The sliding step should be positive.");
    }
    Optional<WindowRange> range = Optional.ofNullable(ctx.timeRange()).map(this::windowRange);
    return new GroupByTime(range, interval, step);
  }

  private WindowRange windowRange(TimeRangeContext ctx) {
    long start = context.literals.timeValue(ctx.startTime);
    long end = context.literals.timeValue(ctx.endTime);
    if (start >= end) {
      throw new SqlSemanticException("Start time should be smaller than endTime in GroupBy");
    }
    return new WindowRange(start, end, ctx.LS_BRACKET() != null);
  }

  // ---- FILL ----

  private Optional<Fill> fill(FillClauseContext ctx) {
    if (ctx == null) {
      return Optional.empty();
    }
    Optional<TimeDuration> bound =
        ctx.bound == null
            ? Optional.empty()
            : Optional.of(context.time.duration(ctx.bound.getText()));
    if (ctx.LINEAR() != null) {
      return Optional.of(new Fill(Fill.Method.LINEAR, Optional.empty(), bound));
    }
    if (ctx.PREVIOUS() != null) {
      return Optional.of(new Fill(Fill.Method.PREVIOUS, Optional.empty(), bound));
    }
    return Optional.of(
        new Fill(
            Fill.Method.CONSTANT, Optional.of(context.literals.constant(ctx.constant())), bound));
  }

  // ---- ORDER BY, pagination, ALIGN BY ----

  private ResultLayout layout(SelectStatementContext ctx) {
    List<SortItem> orderBy = new ArrayList<>();
    if (ctx.orderByClause() != null) {
      for (SortItemContext item : ctx.orderByClause().sortItem()) {
        orderBy.add(sortItem(item));
      }
    }
    PaginationClauseContext pagination = ctx.paginationClause();
    Paginations.Both pages =
        Paginations.both(pagination == null ? List.of() : pagination.paginationItem());
    AlignBy alignBy =
        ctx.alignByClause() != null && ctx.alignByClause().DEVICE() != null
            ? AlignBy.DEVICE
            : AlignBy.TIME;
    return new ResultLayout(orderBy, pages.rows(), pages.series(), alignBy);
  }

  private SortItem sortItem(SortItemContext ctx) {
    if (ctx instanceof KeySortItemContext key) {
      boolean descending = key.order != null && key.order.getType() == StrataSqlParser.DESC;
      SortItem.Key sortKey;
      if (key.sortKey().TIME() != null) {
        sortKey = SortItem.Key.TIME;
      } else if (key.sortKey().DEVICE() != null) {
        sortKey = SortItem.Key.DEVICE;
      } else {
        sortKey = SortItem.Key.TIMESERIES;
      }
      return SortItem.of(sortKey, descending);
    }
    ExpressionSortItemContext item = (ExpressionSortItemContext) ctx;
    boolean descending = item.order != null && item.order.getType() == StrataSqlParser.DESC;
    boolean nullsFirst = item.nulls != null && item.nulls.getType() == StrataSqlParser.FIRST;
    return new SortItem(
        SortItem.Key.EXPRESSION,
        Optional.of(context.expressions.build(item.expression())),
        descending,
        nullsFirst);
  }
}
