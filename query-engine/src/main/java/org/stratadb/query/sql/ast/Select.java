package org.stratadb.query.sql.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.sql.ast.expression.Expression;

/**
 * {@code SELECT [LAST] ... FROM ... [WHERE ...] [GROUP BY ...] [HAVING ...] [FILL(...)] [ORDER BY
 * ...] [LIMIT/OFFSET/SLIMIT/SOFFSET] [ALIGN BY DEVICE]}.
 *
 * @param select the result columns and whether this is a last-point query
 * @param from the FROM prefix paths, each from root, possibly with wildcards
 * @param where the row filter, if any
 * @param groupBy time windows and/or levels; {@link GroupBy#NONE} without a GROUP BY clause
 * @param having the filter on aggregated rows, if any
 * @param fill how empty cells are filled, if asked
 * @param layout row order, pagination and alignment of the result
 */
public record Select(
    SelectClause select,
    List<PartialPath> from,
    Optional<Expression> where,
    GroupBy groupBy,
    Optional<Expression> having,
    Optional<Fill> fill,
    ResultLayout layout)
    implements Statement {
  public Select {
    Objects.requireNonNull(select, "select");
    from = List.copyOf(from);
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(groupBy, "groupBy");
    Objects.requireNonNull(having, "having");
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(layout, "layout");
  }

  /** Whether this is {@code SELECT LAST ...}. */
  public boolean isLastQuery() {
    return select.last();
  }

  /** Whether the result is {@code ALIGN BY DEVICE}. */
  public boolean alignByDevice() {
    return layout.alignBy() == AlignBy.DEVICE;
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitSelect(this);
  }
}
