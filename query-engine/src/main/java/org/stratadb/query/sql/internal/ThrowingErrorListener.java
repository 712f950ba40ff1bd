package org.stratadb.query.sql.internal;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.stratadb.query.sql.SqlParseException;
import org.stratadb.query.sql.grammar.StrataSqlParser;

/**
 * Turns the first syntax error of the lexer or the parser into a {@link SqlParseException}, so
 * nothing is printed to stderr. Where a name is expected, the expected-token list leaves out the
 * hundred keywords that may also serve as names.
 */
public final class ThrowingErrorListener extends BaseErrorListener {
  public static final ThrowingErrorListener INSTANCE = new ThrowingErrorListener();

  private ThrowingErrorListener() {}

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    String detail = msg;
    if (recognizer instanceof Parser parser) {
      detail = shortenExpected(parser, msg);
    }
    throw new SqlParseException("line " + line + ":" + charPositionInLine + " " + detail);
  }

  private static String shortenExpected(Parser parser, String msg) {
    IntervalSet expected;
    try {
      expected = parser.getExpectedTokens();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return msg;
    }
    Vocabulary vocabulary = parser.getVocabulary();
    String full = expected.toString(vocabulary);
    if (!expected.contains(StrataSqlParser.ID)
        || !expected.contains(StrataSqlParser.QUOTED_ID)
        || !msg.contains(full)) {
      return msg;
    }
    IntervalSet shown = expected.subtract(NameKeywords.SET);
    shown.remove(StrataSqlParser.DURATION_LITERAL);
    return msg.replace(full, shown.toString(vocabulary));
  }

  /** The keywords that may stand for a name, read from the grammar's {@code keyWords} rule. */
  private static final class NameKeywords {
    static final IntervalSet SET = compute();

    private static IntervalSet compute() {
      ATN atn = StrataSqlParser._ATN;
      return atn.nextTokens(atn.ruleToStartState[StrataSqlParser.RULE_keyWords]);
    }
  }
}
