package org.stratadb.query.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * How a query's result is laid out: row order, row and series pagination, alignment.
 *
 * @param orderBy the ORDER BY items; empty means ascending time
 * @param rows LIMIT/OFFSET
 * @param series SLIMIT/SOFFSET
 */
public record ResultLayout(
    List<SortItem> orderBy, Pagination rows, Pagination series, AlignBy alignBy) {
  /** Time order, every row and series, aligned by time. */
  public static final ResultLayout DEFAULT =
      new ResultLayout(List.of(), Pagination.NONE, Pagination.NONE, AlignBy.TIME);

  public ResultLayout {
    orderBy = List.copyOf(orderBy);
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(alignBy, "alignBy");
  }

  /** Whether the first sort key is time, descending ({@code ORDER BY TIME DESC}). */
  public boolean timeDescending() {
    return !orderBy.isEmpty()
        && orderBy.get(0).key() == SortItem.Key.TIME
        && orderBy.get(0).descending();
  }
}
