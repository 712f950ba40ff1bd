package org.stratadb.query.sql.internal;

import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.stratadb.query.sql.SqlSemanticException;
import org.stratadb.query.sql.ast.TimeDuration;
import org.stratadb.query.sql.ast.expression.BlobLiteral;
import org.stratadb.query.sql.ast.expression.BooleanLiteral;
import org.stratadb.query.sql.ast.expression.DoubleLiteral;
import org.stratadb.query.sql.ast.expression.Literal;
import org.stratadb.query.sql.ast.expression.LongLiteral;
import org.stratadb.query.sql.ast.expression.NullLiteral;
import org.stratadb.query.sql.ast.expression.StringLiteral;
import org.stratadb.query.sql.grammar.StrataSqlParser;
import org.stratadb.query.sql.grammar.StrataSqlParser.ConstantContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.DateExpressionContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.DatetimeLiteralContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.TimeValueContext;

/** Constants and time values of the grammar as AST literals and timestamps. */
final class Literals {
  private final TimeLiterals time;

  Literals(TimeLiterals time) {
    this.time = time;
  }

  TimeLiterals time() {
    return time;
  }

  Literal constant(ConstantContext ctx) {
    if (ctx.dateExpression() != null) {
      return new LongLiteral(dateExpression(ctx.dateExpression()), ctx.getText());
    }
    String sign = ctx.sign == null || ctx.sign.getType() == StrataSqlParser.PLUS ? "" : "-";
    if (ctx.realLiteral() != null) {
      Names.requireAdjacent(ctx.realLiteral(), "a number");
      String text = sign + ctx.realLiteral().getText();
      return new DoubleLiteral(Double.parseDouble(text), text);
    }
    if (ctx.INTEGER_LITERAL() != null) {
      return integer(sign + ctx.INTEGER_LITERAL().getText());
    }
    if (ctx.STRING_LITERAL() != null) {
      return new StringLiteral(Names.unquote(ctx.STRING_LITERAL().getText()));
    }
    if (ctx.BINARY_LITERAL() != null) {
      return blob(ctx.BINARY_LITERAL().getText());
    }
    if (ctx.booleanLiteral() != null) {
      return new BooleanLiteral(ctx.booleanLiteral().TRUE() != null);
    }
    if (ctx.NULL() != null) {
      return NullLiteral.INSTANCE;
    }
    return new DoubleLiteral(Double.NaN, "NaN");
  }

  /** An integer that fits a long as a {@link LongLiteral}, a larger one as a double. */
  private static Literal integer(String text) {
    try {
      return new LongLiteral(Long.parseLong(text), text);
    } catch (NumberFormatException e) {
      return new DoubleLiteral(Double.parseDouble(text), text);
    }
  }

  private static Literal blob(String text) {
    String hex = text.substring(2, text.length() - 1).toLowerCase(Locale.ROOT);
    if (hex.length() % 2 != 0) {
      throw new SqlSemanticException(
          "Binary literal " + text + " must hold an even number of hex digits");
    }
    return new BlobLiteral(hex);
  }

  /** {@code now()}, a date-time, either plus or minus durations. */
  long dateExpression(DateExpressionContext ctx) {
    long value = datetime(ctx.datetimeLiteral());
    for (int i = 1; i < ctx.getChildCount(); i += 2) {
      Token op = ((TerminalNode) ctx.getChild(i)).getSymbol();
      TimeDuration duration = time.duration(ctx.getChild(i + 1).getText());
      value = time.add(value, duration, op.getType() == StrataSqlParser.MINUS, ctx.getText());
    }
    return value;
  }

  private long datetime(DatetimeLiteralContext ctx) {
    if (ctx.NOW() != null) {
      return time.now();
    }
    return time.datetime(ctx.DATETIME_LITERAL().getText());
  }

  /** A point in time: a date expression or a signed integer timestamp. */
  long timeValue(TimeValueContext ctx) {
    if (ctx.dateExpression() != null) {
      return dateExpression(ctx.dateExpression());
    }
    String text = (ctx.sign != null ? ctx.sign.getText() : "") + ctx.INTEGER_LITERAL().getText();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw TimeLiterals.timeFormatError(text);
    }
  }

  /**
   * A non-negative integer token as a long.
   *
   * @param outOfRange the message when it does not fit
   */
  static long nonNegativeLong(TerminalNode token, String outOfRange) {
    try {
      return Long.parseLong(token.getText());
    } catch (NumberFormatException e) {
      throw new SqlSemanticException(outOfRange);
    }
  }

  /** A non-negative integer token as an int. */
  static int nonNegativeInt(TerminalNode token, String outOfRange) {
    long value = nonNegativeLong(token, outOfRange);
    if (value > Integer.MAX_VALUE) {
      throw new SqlSemanticException(outOfRange);
    }
    return (int) value;
  }
}
