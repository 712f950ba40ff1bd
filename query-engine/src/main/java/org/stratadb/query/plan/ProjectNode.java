package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.Exprs;

/** Computes output columns from the child's columns; rows and times are kept. */
public record ProjectNode(PlanNode child, List<Expr> outputs) implements PlanNode {
  public ProjectNode {
    outputs = List.copyOf(outputs);
  }

  @Override
  public List<TSDataType> outputTypes() {
    return outputs.stream().map(Exprs::typeOf).toList();
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }
}
