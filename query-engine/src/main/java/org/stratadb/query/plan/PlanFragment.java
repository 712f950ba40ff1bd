package org.stratadb.query.plan;

import java.util.Objects;

/**
 * A part of a distributed plan that runs next to the data of one region: its root's output is
 * consumed by the {@link ExchangeNode} with the same {@code id} in the root fragment.
 */
public record PlanFragment(int id, int regionId, PlanNode root) {
  public PlanFragment {
    Objects.requireNonNull(root, "root");
  }
}
