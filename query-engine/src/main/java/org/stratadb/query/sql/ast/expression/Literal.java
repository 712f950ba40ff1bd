package org.stratadb.query.sql.ast.expression;

/**
 * A constant written in the statement. Its type is only what the text looks like; the analyzer
 * converts it to the type of the column it meets (an integer literal written into a DOUBLE or TEXT
 * column, for example).
 */
public sealed interface Literal extends Expression
    permits LongLiteral, DoubleLiteral, StringLiteral, BooleanLiteral, NullLiteral, BlobLiteral {

  /**
   * The value as text: the number as written, the unquoted string, {@code true}/{@code false},
   * {@code null}, or {@code X'..'} for a blob.
   */
  String text();
}
