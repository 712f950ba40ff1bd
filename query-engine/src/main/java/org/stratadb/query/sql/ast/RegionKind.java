package org.stratadb.query.sql.ast;

/** Which regions {@code SHOW REGIONS} lists. */
public enum RegionKind {
  ALL,
  SCHEMA,
  DATA
}
