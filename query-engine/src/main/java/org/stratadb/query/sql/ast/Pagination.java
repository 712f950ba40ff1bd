package org.stratadb.query.sql.ast;

/**
 * A LIMIT/OFFSET (or SLIMIT/SOFFSET) pair.
 *
 * @param limit at most this many rows (series); 0 means no limit
 * @param offset skip this many first
 */
public record Pagination(long limit, long offset) {
  public static final Pagination NONE = new Pagination(0, 0);

  public Pagination {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset are not negative");
    }
  }

  public boolean hasLimit() {
    return limit > 0;
  }
}
