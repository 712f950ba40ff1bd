/**
 * Analysis: from a parsed {@code SELECT} ({@link org.stratadb.query.analyze.Analyzer}) or a session
 * API query ({@link org.stratadb.query.analyze.SessionQueries}) to a {@link
 * org.stratadb.query.analyze.QuerySpec}, the logical query: output columns as {@link
 * org.stratadb.query.analyze.Expr}s over resolved series, a {@link
 * org.stratadb.query.analyze.TimeSet} time filter, the value filter, GROUP BY windows, paging and
 * order. Nothing here knows where data lives.
 */
package org.stratadb.query.analyze;
