package org.stratadb.query.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stratadb.query.exec.eval.Evaluators;
import org.stratadb.query.plan.AggregationMergeNode;
import org.stratadb.query.plan.AggregationScanNode;
import org.stratadb.query.plan.DescendingNode;
import org.stratadb.query.plan.DistributedPlan;
import org.stratadb.query.plan.EmptyNode;
import org.stratadb.query.plan.ExchangeNode;
import org.stratadb.query.plan.FilterNode;
import org.stratadb.query.plan.LastMergeNode;
import org.stratadb.query.plan.LastScanNode;
import org.stratadb.query.plan.OffsetLimitNode;
import org.stratadb.query.plan.PlanFragment;
import org.stratadb.query.plan.PlanNode;
import org.stratadb.query.plan.ProjectNode;
import org.stratadb.query.plan.RawAggregationNode;
import org.stratadb.query.plan.SeriesScanNode;
import org.stratadb.query.plan.TimeJoinNode;
import org.stratadb.query.spi.RegionAccess;
import org.stratadb.query.spi.RegionReader;

/**
 * Builds operator trees from plan nodes, and runs plans in this process: the root fragment here,
 * region fragments through a {@link FragmentRunner} (local by default).
 */
public final class Operators implements FragmentRunner {
  private final RegionAccess regions;
  private final int blockRows;

  /**
   * @param regions where region fragments read
   * @param blockRows the most rows an operator puts in one block
   */
  public Operators(RegionAccess regions, int blockRows) {
    if (blockRows < 1) {
      throw new IllegalArgumentException("blockRows must be positive");
    }
    this.regions = regions;
    this.blockRows = blockRows;
  }

  /** The root operator of a plan; region fragments start when first pulled. */
  public Operator start(DistributedPlan plan) {
    Map<Integer, PlanFragment> fragments = new HashMap<>();
    for (PlanFragment fragment : plan.fragments()) {
      fragments.put(fragment.id(), fragment);
    }
    return build(plan.root(), null, fragments);
  }

  @Override
  public Operator start(PlanFragment fragment) {
    return build(fragment.root(), regions.reader(fragment.regionId()), Map.of());
  }

  private Operator build(PlanNode node, RegionReader reader, Map<Integer, PlanFragment> fragments) {
    if (node instanceof SeriesScanNode scan) {
      return new SeriesScanOperator(readerFor(reader, node), scan, blockRows);
    } else if (node instanceof AggregationScanNode scan) {
      return new AggregationScanOperator(readerFor(reader, node), scan, blockRows);
    } else if (node instanceof LastScanNode scan) {
      return new LastScanOperator(readerFor(reader, node), scan, blockRows);
    } else if (node instanceof ExchangeNode exchange) {
      PlanFragment fragment = fragments.get(exchange.fragmentId());
      if (fragment == null) {
        throw new IllegalStateException("no fragment " + exchange.fragmentId());
      }
      return new ExchangeOperator(this, fragment);
    } else if (node instanceof EmptyNode empty) {
      return new EmptyOperator(empty.types());
    }
    List<Operator> children = new ArrayList<>();
    for (PlanNode child : node.children()) {
      children.add(build(child, reader, fragments));
    }
    if (node instanceof TimeJoinNode join) {
      return new TimeJoinOperator(children, join.columnMaps(), join.types(), blockRows);
    } else if (node instanceof FilterNode filter) {
      return new FilterOperator(children.get(0), Evaluators.compile(filter.predicate()));
    } else if (node instanceof ProjectNode project) {
      return new ProjectOperator(
          children.get(0), project.outputs().stream().map(Evaluators::compile).toList());
    } else if (node instanceof OffsetLimitNode page) {
      return new OffsetLimitOperator(children.get(0), page.offset(), page.limit());
    } else if (node instanceof AggregationMergeNode merge) {
      return new AggregationMergeOperator(merge, children, blockRows);
    } else if (node instanceof RawAggregationNode raw) {
      return new RawAggregationOperator(raw, children.get(0), blockRows);
    } else if (node instanceof DescendingNode descending) {
      return new DescendingOperator(children, descending.types());
    } else if (node instanceof LastMergeNode last) {
      return new LastMergeOperator(last, children, blockRows);
    }
    throw new IllegalArgumentException("no operator for " + node.getClass().getSimpleName());
  }

  private static RegionReader readerFor(RegionReader reader, PlanNode node) {
    if (reader == null) {
      throw new IllegalStateException(
          node.getClass().getSimpleName() + " must run in a region fragment");
    }
    return reader;
  }
}
