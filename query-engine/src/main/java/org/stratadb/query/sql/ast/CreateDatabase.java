package org.stratadb.query.sql.ast;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.stratadb.commons.path.PartialPath;

/**
 * {@code CREATE DATABASE root.sg [WITH TTL=..., ...]}, also written {@code CREATE STORAGE GROUP} or
 * {@code SET STORAGE GROUP TO}.
 *
 * @param attributes the attributes given in the WITH clause; absent ones take the cluster defaults
 */
public record CreateDatabase(PartialPath database, Map<DatabaseAttribute, Long> attributes)
    implements Statement {
  public CreateDatabase {
    Objects.requireNonNull(database, "database");
    attributes =
        attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(attributes));
  }

  @Override
  public <R> R accept(StatementVisitor<R> visitor) {
    return visitor.visitCreateDatabase(this);
  }
}
