package org.stratadb.query.sql.ast;

/**
 * The range of GROUP BY time windows, timestamps in the cluster's precision: {@code [start, end)}
 * when {@code leftClosed}, else {@code (start, end]}.
 */
public record WindowRange(long start, long end, boolean leftClosed) {}
