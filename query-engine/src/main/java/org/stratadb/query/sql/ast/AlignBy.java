package org.stratadb.query.sql.ast;

/** {@code ALIGN BY TIME} (the default: one row per time) or {@code ALIGN BY DEVICE}. */
public enum AlignBy {
  TIME,
  DEVICE
}
