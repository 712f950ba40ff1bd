package org.stratadb.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.OutputColumn;
import org.stratadb.query.analyze.QuerySpec;
import org.stratadb.query.spi.RegionSlice;
import org.stratadb.query.spi.SeriesSchema;
import org.stratadb.storage.api.TimeRange;

/**
 * Plans a last query: each region holding a series reports its newest point, the root keeps the
 * newest per series. Series come out sorted by path, each once.
 */
final class LastPlanner {
  private final PlanContext context;

  LastPlanner(PlanContext context) {
    this.context = context;
  }

  PlanNode plan(QuerySpec spec) {
    Map<SeriesSchema, String> targets = new LinkedHashMap<>();
    for (OutputColumn column : spec.columns()) {
      if (!(column.expr() instanceof Expr.Series s)) {
        throw Planner.semantic("a last query selects series only");
      }
      targets.putIfAbsent(s.series(), s.display());
    }
    List<Map.Entry<SeriesSchema, String>> sorted = new ArrayList<>(targets.entrySet());
    sorted.sort((x, y) -> x.getKey().path().compareTo(y.getKey().path()));
    if (spec.descending()) {
      java.util.Collections.reverse(sorted);
    }
    List<String> names = new ArrayList<>();
    List<TSDataType> types = new ArrayList<>();
    long minTime = spec.time().isEmpty() ? Long.MAX_VALUE : spec.time().hull().start();
    Map<Integer, List<LastTarget>> byRegion = new TreeMap<>();
    for (Map.Entry<SeriesSchema, String> target : sorted) {
      SeriesSchema series = target.getKey();
      int index = names.size();
      names.add(target.getValue());
      types.add(series.type());
      if (spec.time().isEmpty()) {
        continue;
      }
      TimeRange range = new TimeRange(minTime, Long.MAX_VALUE);
      for (RegionSlice slice : context.services.partitions().dataRegions(series.device(), range)) {
        List<LastTarget> mine = byRegion.computeIfAbsent(slice.regionId(), r -> new ArrayList<>());
        if (mine.isEmpty() || mine.get(mine.size() - 1).index() != index) {
          mine.add(
              new LastTarget(
                  index, series.device().toString(), series.measurement(), series.type()));
        }
      }
    }
    List<PlanNode> exchanges = new ArrayList<>();
    for (Map.Entry<Integer, List<LastTarget>> region : byRegion.entrySet()) {
      exchanges.add(
          context.addFragment(
              region.getKey(), new LastScanNode(region.getKey(), region.getValue(), minTime)));
    }
    return new LastMergeNode(exchanges, names, types);
  }
}
