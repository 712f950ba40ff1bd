package org.stratadb.query.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.Exprs;
import org.stratadb.query.analyze.OutputColumn;
import org.stratadb.query.analyze.QuerySpec;
import org.stratadb.query.analyze.TimeSet;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.query.spi.QueryServices;
import org.stratadb.query.spi.RegionSlice;
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
        if (spec.descending()) {
          root = new DescendingNode(List.of(root), root.outputTypes());
        }
      }
      default -> {
        int mark = context.mark();
        root = planRaw(context, spec, spec.time(), blockColumns);
        header = header(spec, root.outputTypes(), blockColumns, false);
        if (spec.descending()) {
          context.rollback(mark);
          root = planDescending(context, spec, root);
        }
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

  /**
   * The raw rows in descending time: the query planned once per time partition span its devices
   * have data in, newest span first, so each part holds one partition's rows.
   */
  private static PlanNode planDescending(PlanContext context, QuerySpec spec, PlanNode ascending) {
    if (ascending instanceof EmptyNode || spec.time().isEmpty()) {
      return planRaw(context, spec, spec.time(), new ArrayList<>());
    }
    TreeSet<Long> cuts = new TreeSet<>();
    Set<PartialPath> devices = new HashSet<>();
    Map<SeriesSchema, Integer> series = new LinkedHashMap<>();
    for (OutputColumn column : spec.columns()) {
      collectSeries(column.expr(), series);
    }
    if (spec.where() != null) {
      collectSeries(spec.where(), series);
    }
    series.keySet().forEach(s -> devices.add(s.device()));
    for (PartialPath device : devices) {
      for (RegionSlice slice :
          context.services.partitions().dataRegions(device, spec.time().hull())) {
        cuts.add(slice.range().start());
        if (slice.range().end() != Long.MAX_VALUE) {
          cuts.add(slice.range().end() + 1);
        }
      }
    }
    List<PlanNode> parts = new ArrayList<>();
    Long upper = null;
    for (long cut : cuts.descendingSet()) {
      TimeSet span =
          upper == null ? TimeSet.closed(cut, Long.MAX_VALUE) : TimeSet.closed(cut, upper - 1);
      upper = cut;
      TimeSet time = spec.time().intersect(span);
      if (!time.isEmpty()) {
        parts.add(planRaw(context, spec, time, new ArrayList<>()));
      }
    }
    return new DescendingNode(parts, ascending.outputTypes());
  }

  private static PlanNode planRaw(
      PlanContext context, QuerySpec spec, TimeSet time, List<Integer> blockColumns) {
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
    PlanNode rows = filteredRows(context, series, spec.where(), time);
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
