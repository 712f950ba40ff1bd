package org.stratadb.query.sql.ast;

import java.util.List;
import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code INSERT INTO root.sg.d(time, s1, s2) [ALIGNED] VALUES (t, v1, v2), ...}.
 *
 * <p>Every row has as many values as there are measurements (checked when the AST is built). A
 * statement without a time column has one row, stamped with the time of parsing.
 *
 * @param device the device written to
 * @param measurements the measurement names, without the time column
 */
public record Insert(
    PartialPath device, boolean aligned, List<String> measurements, List<InsertRow> rows)
    implements Statement {
  public Insert {
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    rows = List.copyOf(rows);
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitInsert(this);
  }
}
