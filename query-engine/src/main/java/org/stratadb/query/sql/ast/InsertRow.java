package org.stratadb.query.sql.ast;

import java.util.List;
import org.stratadb.query.sql.ast.expression.Literal;

/**
 * One row of INSERT ... VALUES.
 *
 * @param time the timestamp in the cluster's precision
 * @param values one literal per measurement, in the statement's column order; {@link
 *     org.stratadb.query.sql.ast.expression.NullLiteral} leaves that cell empty
 */
public record InsertRow(long time, List<Literal> values) {
  public InsertRow {
    values = List.copyOf(values);
  }
}
