package org.stratadb.query.sql.ast.expression;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * A path in an expression: a full path from {@code root}, or a suffix such as {@code s1} or {@code
 * d1.*} that the analyzer joins to each FROM prefix. May hold wildcards ({@code *}, {@code **},
 * {@code s*}).
 */
public record TimeseriesOperand(PartialPath path) implements Expression {
  public TimeseriesOperand {
    Objects.requireNonNull(path, "path");
  }

  /** Whether the path starts at {@code root} (it is not a suffix). */
  public boolean isFullPath() {
    return PartialPath.ROOT.equals(path.node(0));
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitTimeseries(this);
  }
}
