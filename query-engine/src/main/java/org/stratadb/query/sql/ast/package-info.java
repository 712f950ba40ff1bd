/**
 * The AST of one statement: a record per statement kind under the sealed {@link
 * org.stratadb.query.sql.ast.Statement} (dispatch with {@link
 * org.stratadb.query.sql.ast.StatementVisitor}), plus the clause values they hold. Paths are {@link
 * org.stratadb.commons.path.PartialPath}s; times and durations are already in the cluster's
 * timestamp precision; optional parts are {@link java.util.Optional}s or documented defaults
 * ({@code root.**} for a missing pattern, {@link org.stratadb.query.sql.ast.Pagination#NONE}).
 */
package org.stratadb.query.sql.ast;
