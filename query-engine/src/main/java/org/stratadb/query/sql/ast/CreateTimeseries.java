package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code CREATE TIMESERIES root.sg.d.s ...} with its data type, encoding, compressor, alias, tags
 * and attributes.
 */
public record CreateTimeseries(PartialPath path, SeriesSpec spec) implements Statement {
  public CreateTimeseries {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(spec, "spec");
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitCreateTimeseries(this);
  }
}
