/**
 * Builds the AST from ANTLR's parse tree; not an API. {@link
 * org.stratadb.query.sql.internal.StatementBuilder} dispatches each statement to the builder of its
 * family; {@link org.stratadb.query.sql.internal.ThrowingErrorListener} turns syntax errors into
 * exceptions.
 */
package org.stratadb.query.sql.internal;
