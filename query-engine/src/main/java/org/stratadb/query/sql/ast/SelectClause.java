package org.stratadb.query.sql.ast;

import java.util.List;

/**
 * {@code SELECT [LAST] column, column ...}.
 *
 * @param last whether {@code LAST} asks for the latest point of each series
 * @param columns the result columns in order, at least one
 */
public record SelectClause(boolean last, List<ResultColumn> columns) {
  public SelectClause {
    columns = List.copyOf(columns);
  }
}
