/**
 * Expression trees: literals, timeseries operands (full or suffix paths, maybe with wildcards), the
 * time column, operators and function calls. {@link
 * org.stratadb.query.sql.ast.expression.Expression#toSql} renders one as IoTDB names result
 * columns.
 */
package org.stratadb.query.sql.ast.expression;
