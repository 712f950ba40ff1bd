package org.stratadb.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.Exprs;
import org.stratadb.query.analyze.OutputColumn;
import org.stratadb.query.analyze.QuerySpec;
import org.stratadb.query.analyze.TimeSet;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.query.spi.QueryServices;
import org.stratadb.query.spi.SeriesSchema;

/**
 * Turns a {@link QuerySpec} into a {@link DistributedPlan}: region fragments that read where the
 * data is, and a root that joins, filters, merges and pages their output.
 */
public final class Planner {
  private static final List<String> LAST_COLUMNS = List.of("Timeseries", "Value", "DataType");

  private final QueryServices services;

  public Planner(QueryServices services) {
    this.services = services;
  }

  /**
   * Plans a query, asking the partition table where the data of each device lives.
   *
   * @throws StrataException SEMANTIC_ERROR for what the query cannot mean
   */
  public DistributedPlan plan(QuerySpec spec) {
    if (spec.descending()) {
      throw new StrataException(
          StatusCode.UNSUPPORTED_OPERATION, "ORDER BY TIME DESC is not supported yet");
    }
    PlanContext context = new PlanContext(services);
    List<Integer> blockColumns = new ArrayList<>();
    PlanNode root;
    ResultHeader header;
    switch (spec.kind()) {
      case LAST -> {
        root = new LastPlanner(context).plan(spec);
        header = ResultHeader.distinct(LAST_COLUMNS, LastMergeNode.OUTPUT, false);
      }
      case AGGREGATION -> {
        root = new AggregationPlanner(context).plan(spec, blockColumns);
        header = header(spec, root.outputTypes(), blockColumns, spec.groupBy() == null);
      }
      default -> {
        root = planRaw(context, spec, blockColumns);
        header = header(spec, root.outputTypes(), blockColumns, false);
      }
    }
    if (spec.offset() > 0 || spec.limit() < Long.MAX_VALUE) {
      root = new OffsetLimitNode(root, spec.offset(), spec.limit());
    }
    return new DistributedPlan(header, root, context.fragments());
  }

  private static ResultHeader header(
      QuerySpec spec, List<TSDataType> blockTypes, List<Integer> blockColumns, boolean noTime) {
    List<String> names = new ArrayList<>();
    List<TSDataType> types = new ArrayList<>();
    for (int i = 0; i < spec.columns().size(); i++) {
      names.add(spec.columns().get(i).name());
      types.add(blockTypes.get(blockColumns.get(i)));
    }
    return new ResultHeader(names, types, blockColumns, noTime);
  }

  private static PlanNode planRaw(PlanContext context, QuerySpec spec, List<Integer> blockColumns) {
    List<Expr> outputs = new ArrayList<>();
    Map<SeriesSchema, Integer> series = new LinkedHashMap<>();
    for (OutputColumn column : spec.columns()) {
      Expr expr = column.expr();
      if (expr instanceof Expr.Aggregate) {
        throw semantic("aggregations cannot be mixed with raw columns: " + column.name());
      }
      Exprs.typeOf(expr);
      int index = outputs.indexOf(expr);
      if (index < 0) {
        index = outputs.size();
        outputs.add(expr);
      }
      blockColumns.add(index);
      collectSeries(expr, series);
    }
    if (outputs.isEmpty()) {
      return new EmptyNode(List.of());
    }
    PlanNode rows = filteredRows(context, series, spec.where(), spec.time());
    List<Expr> bound = new ArrayList<>();
    boolean identity = outputs.size() == series.size();
    for (int i = 0; i < outputs.size(); i++) {
      Expr b = Binder.bind(outputs.get(i), series);
      identity &= b instanceof Expr.Column c && c.index() == i;
      bound.add(b);
    }
    return identity ? rows : new ProjectNode(rows, bound);
  }

  /**
   * The time-joined rows of {@code series} (whose values are their column indexes; the series of
   * {@code where} are added) over {@code time}, filtered by {@code where}.
   */
  static PlanNode filteredRows(
      PlanContext context, Map<SeriesSchema, Integer> series, Expr where, TimeSet time) {
    if (where != null) {
      if (Exprs.typeOf(where) != TSDataType.BOOLEAN) {
        throw semantic("WHERE needs a boolean condition: " + Exprs.text(where));
      }
      collectSeries(where, series);
    }
    List<SeriesSchema> list = new ArrayList<>(series.keySet());
    FilterPushdown.Split split = new FilterPushdown.Split(null, where);
    if (where != null && list.stream().map(SeriesSchema::device).distinct().count() == 1) {
      split = FilterPushdown.split(where, series);
    }
    PlanNode rows = new ScanPlanner(context).plan(list, time, split.pushed());
    if (split.residual() != null) {
      rows = new FilterNode(rows, Binder.bind(split.residual(), series));
    }
    return rows;
  }

  private static void collectSeries(Expr expr, Map<SeriesSchema, Integer> into) {
    Exprs.walk(
        expr,
        e -> {
          if (e instanceof Expr.Series s) {
            into.putIfAbsent(s.series(), into.size());
          }
        });
  }

  static StrataException semantic(String message) {
    return new StrataException(StatusCode.SEMANTIC_ERROR, message);
  }
}
