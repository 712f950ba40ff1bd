package org.stratadb.query.sql.ast;

import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code COUNT DEVICES [pattern]}.
 *
 * @param pattern {@code root.**} when none is given
 */
public record CountDevices(PartialPath pattern) implements Statement {
  public CountDevices {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public boolean isQuery() {
    return true;
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitCountDevices(this);
  }
}
