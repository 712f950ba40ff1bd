/**
 * The SQL front end of IoTDB's tree dialect: {@link org.stratadb.query.sql.SqlParser} turns
 * statement text into the immutable AST of {@link org.stratadb.query.sql.ast}.
 *
 * <p>The grammar lives in {@code src/main/antlr4} (lexer and statements under {@code
 * org/stratadb/query/sql/grammar}, shared name and expression rules under {@code imports}); ANTLR
 * 4.9.3 generates the parser into {@code org.stratadb.query.sql.grammar} at build time. {@code
 * internal} builds the AST from the parse tree, one builder per statement family. Syntax errors are
 * {@link org.stratadb.query.sql.SqlParseException} (700); invalid content found while building is
 * {@link org.stratadb.query.sql.SqlSemanticException} (701).
 */
package org.stratadb.query.sql;
