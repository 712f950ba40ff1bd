package org.stratadb.query.plan;

import java.util.List;
import java.util.Objects;
import org.stratadb.query.api.ResultHeader;

/**
 * A query planned for execution: the root fragment (run by the coordinator, reading the region
 * fragments through {@link ExchangeNode}s), the region fragments, and the result header.
 */
public record DistributedPlan(ResultHeader header, PlanNode root, List<PlanFragment> fragments) {
  public DistributedPlan {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(root, "root");
    fragments = List.copyOf(fragments);
  }
}
