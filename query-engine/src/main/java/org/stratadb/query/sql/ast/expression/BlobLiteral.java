package org.stratadb.query.sql.ast.expression;

import java.util.HexFormat;
import java.util.Objects;

/**
 * {@code X'0aff'}: bytes for a BLOB column.
 *
 * @param hex the digits between the quotes, lower case, an even number of them
 */
public record BlobLiteral(String hex) implements Literal {
  public BlobLiteral {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("a blob literal needs an even number of hex digits");
    }
  }

  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  @Override
  public String text() {
    return "X'" + hex + "'";
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBlob(this);
  }
}
