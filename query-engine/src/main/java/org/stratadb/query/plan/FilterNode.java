package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.Expr;

/** Keeps the rows for which {@code predicate} (bound to the child's columns) is true. */
public record FilterNode(PlanNode child, Expr predicate) implements PlanNode {
  @Override
  public List<TSDataType> outputTypes() {
    return child.outputTypes();
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }
}
