package org.stratadb.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.Exprs;
import org.stratadb.query.analyze.GroupByTime;
import org.stratadb.query.analyze.QuerySpec;
import org.stratadb.query.analyze.TimeSet;
import org.stratadb.query.spi.RegionSlice;
import org.stratadb.query.spi.SeriesSchema;
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.api.TimeRange;

/**
 * Plans aggregations. Without a value filter each region aggregates its part of each series in the
 * storage engine (from statistics where it can) and the root merges the partials; with one, the
 * root aggregates the filtered raw rows.
 */
final class AggregationPlanner {
  /** Beyond this many windows overlapping the start of a range, pieces are not worth it. */
  static final long MAX_HEAD_WINDOWS = 64;

  private final PlanContext context;
  private final Map<SeriesSchema, Integer> states = new LinkedHashMap<>();
  private final List<Set<AggregationKind>> kinds = new ArrayList<>();
  private final List<AggregationOutput> outputs = new ArrayList<>();

  AggregationPlanner(PlanContext context) {
    this.context = context;
  }

  /** The root node; {@code blockColumns} receives the output index of each display column. */
  PlanNode plan(QuerySpec spec, List<Integer> blockColumns) {
    for (var column : spec.columns()) {
      if (!(column.expr() instanceof Expr.Aggregate aggregate)) {
        throw Planner.semantic("an aggregation query may only select aggregations");
      }
      Exprs.typeOf(aggregate);
      SeriesSchema series = aggregate.input().series();
      int state =
          states.computeIfAbsent(
              series,
              s -> {
                kinds.add(new LinkedHashSet<>());
                return states.size();
              });
      kinds.get(state).addAll(aggregate.function().partials());
      AggregationOutput output = new AggregationOutput(state, aggregate.function());
      int index = outputs.indexOf(output);
      if (index < 0) {
        index = outputs.size();
        outputs.add(output);
      }
      blockColumns.add(index);
    }
    TimeSet time = spec.time();
    if (spec.groupBy() != null) {
      time = time.intersect(spec.groupBy().range());
    }
    List<TSDataType> stateTypes = states.keySet().stream().map(SeriesSchema::type).toList();
    if (spec.where() == null) {
      PlanNode pushed = planPushed(time, spec.groupBy(), stateTypes);
      if (pushed != null) {
        return pushed;
      }
    }
    return planRaw(spec, time, stateTypes);
  }

  private PlanNode planRaw(QuerySpec spec, TimeSet time, List<TSDataType> stateTypes) {
    List<Integer> stateColumns = new ArrayList<>();
    for (int s = 0; s < states.size(); s++) {
      stateColumns.add(s);
    }
    PlanNode rows = Planner.filteredRows(context, states, spec.where(), time);
    return new RawAggregationNode(rows, stateColumns, stateTypes, outputs, spec.groupBy());
  }

  private PlanNode planPushed(TimeSet time, GroupByTime groupBy, List<TSDataType> stateTypes) {
    Map<Integer, List<AggregationScanNode>> byRegion = new TreeMap<>();
    if (!time.isEmpty()) {
      for (Map.Entry<SeriesSchema, Integer> state : states.entrySet()) {
        if (!addScans(state.getKey(), state.getValue(), time, groupBy, byRegion)) {
          return null;
        }
      }
    }
    List<PlanNode> exchanges = new ArrayList<>();
    List<List<PartialColumn>> childColumns = new ArrayList<>();
    for (Map.Entry<Integer, List<AggregationScanNode>> region : byRegion.entrySet()) {
      List<PartialColumn> columns = new ArrayList<>();
      List<PlanNode> scans = new ArrayList<>();
      List<List<Integer>> maps = new ArrayList<>();
      List<TSDataType> types = new ArrayList<>();
      for (AggregationScanNode scan : region.getValue()) {
        int state = states.get(seriesOf(scan));
        List<Integer> map = new ArrayList<>();
        for (int k = 0; k < scan.kinds().size(); k++) {
          map.add(columns.size());
          columns.add(new PartialColumn(state, scan.kinds().get(k)));
          types.add(scan.outputTypes().get(k));
        }
        scans.add(scan);
        maps.add(map);
      }
      PlanNode root = scans.size() == 1 ? scans.get(0) : new TimeJoinNode(scans, maps, types);
      exchanges.add(context.addFragment(region.getKey(), root));
      childColumns.add(columns);
    }
    return new AggregationMergeNode(exchanges, childColumns, stateTypes, outputs, groupBy);
  }

  private SeriesSchema seriesOf(AggregationScanNode scan) {
    for (SeriesSchema s : states.keySet()) {
      if (s.device().toString().equals(scan.device())
          && s.measurement().equals(scan.measurement())) {
        return s;
      }
    }
    throw new IllegalStateException("no state for " + scan.device() + "." + scan.measurement());
  }

  /** Adds the scans of one series; false when windows make pieces too many. */
  private boolean addScans(
      SeriesSchema series,
      int state,
      TimeSet time,
      GroupByTime groupBy,
      Map<Integer, List<AggregationScanNode>> byRegion) {
    Map<Integer, List<AggregationPiece>> pieces = new LinkedHashMap<>();
    for (RegionSlice slice :
        context.services.partitions().dataRegions(series.device(), time.hull())) {
      for (TimeRange range : time.intersect(slice.range()).ranges()) {
        List<AggregationPiece> mine =
            pieces.computeIfAbsent(slice.regionId(), r -> new ArrayList<>());
        if (groupBy == null) {
          mine.add(AggregationPiece.whole(range, 0));
        } else if (!windowPieces(groupBy, range, mine)) {
          return false;
        }
      }
    }
    List<AggregationKind> partials = List.copyOf(kinds.get(state));
    for (Map.Entry<Integer, List<AggregationPiece>> region : pieces.entrySet()) {
      if (region.getValue().isEmpty()) {
        continue;
      }
      byRegion
          .computeIfAbsent(region.getKey(), r -> new ArrayList<>())
          .add(
              new AggregationScanNode(
                  region.getKey(),
                  series.device().toString(),
                  series.aligned(),
                  series.measurement(),
                  series.type(),
                  partials,
                  region.getValue()));
    }
    return true;
  }

  /**
   * The pieces that aggregate {@code range} (inside the windows' span) in the windows of {@code g}:
   * each window that starts before the range and reaches into it alone, then the rest in windows
   * aligned with {@code g}. False when too many windows start before the range.
   */
  static boolean windowPieces(GroupByTime g, TimeRange range, List<AggregationPiece> out) {
    long a = range.start();
    long b = range.end();
    long first = g.firstWindowReaching(a);
    long last = g.lastWindowStartingBy(b);
    if (first > last) {
      return true;
    }
    long aligned = Math.max(first, ceilDiv(a - g.start(), g.step()));
    if (aligned - first > MAX_HEAD_WINDOWS) {
      return false;
    }
    for (long k = first; k < aligned && k <= last; k++) {
      long end = Math.min(g.windowLast(k), b);
      if (end >= a) {
        out.add(AggregationPiece.whole(new TimeRange(a, end), g.windowStart(k)));
      }
    }
    if (aligned <= last) {
      out.add(
          AggregationPiece.windowed(
              new TimeRange(g.windowStart(aligned), b), g.interval(), g.step()));
    }
    return true;
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
