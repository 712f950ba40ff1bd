package org.stratadb.query.plan;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.query.spi.QueryServices;

/** What planning one query collects: the services it asks, and the region fragments it makes. */
final class PlanContext {
  final QueryServices services;
  private final List<PlanFragment> fragments = new ArrayList<>();

  PlanContext(QueryServices services) {
    this.services = services;
  }

  /** Adds a region fragment and returns the exchange that reads it. */
  ExchangeNode addFragment(int regionId, PlanNode root) {
    PlanFragment fragment = new PlanFragment(fragments.size() + 1, regionId, root);
    fragments.add(fragment);
    return new ExchangeNode(fragment.id(), root.outputTypes());
  }

  /** How many fragments there are, to {@link #rollback} to. */
  int mark() {
    return fragments.size();
  }

  /** Drops the fragments added since {@code mark}, for a plan that was replaced. */
  void rollback(int mark) {
    fragments.subList(mark, fragments.size()).clear();
  }

  List<PlanFragment> fragments() {
    return fragments;
  }
}
