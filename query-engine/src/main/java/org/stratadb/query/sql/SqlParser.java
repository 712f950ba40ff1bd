package org.stratadb.query.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.stratadb.query.sql.ast.Statement;
import org.stratadb.query.sql.grammar.StrataSqlLexer;
import org.stratadb.query.sql.grammar.StrataSqlParser;
import org.stratadb.query.sql.internal.StatementBuilder;
import org.stratadb.query.sql.internal.ThrowingErrorListener;

/**
 * The SQL front end: statement text of IoTDB's tree dialect in, an immutable {@link Statement} out.
 * Stateless and thread-safe; one instance may serve every session.
 *
 * <p>Keywords are case-insensitive. Time literals are read in the zone and precision of the {@link
 * ParseOptions}, and {@code now()} is read from its clock once per call.
 */
public final class SqlParser {

  /**
   * Parses one statement, as a client sends it in one call; a trailing {@code ;} is allowed.
   *
   * @throws SqlParseException (700) if the text is not valid SQL
   * @throws SqlSemanticException (701) if it is valid SQL that says something invalid, such as an
   *     unknown data type or a row with too few values
   * @throws org.stratadb.commons.path.IllegalPathException (509) for a path a statement may not
   *     name, such as a database with a wildcard
   */
  public Statement parse(String sql, ParseOptions options) {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(options, "options");
    StrataSqlParser.SingleStatementContext tree = parseTree(sql, StrataSqlParser::singleStatement);
    return new StatementBuilder(options).visit(tree);
  }

  /**
   * Parses a script of statements separated by {@code ;}; empty statements are skipped.
   *
   * @throws SqlParseException if any statement is not valid SQL (nothing is returned then)
   * @throws SqlSemanticException as {@link #parse}
   */
  public List<Statement> parseAll(String sql, ParseOptions options) {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(options, "options");
    StrataSqlParser.StatementListContext tree = parseTree(sql, StrataSqlParser::statementList);
    return new StatementBuilder(options).buildAll(tree);
  }

  /**
   * Cuts a script into the text of each statement at every {@code ;} outside quotes, without
   * parsing the statements; blank pieces are dropped and each piece is trimmed.
   *
   * @throws SqlParseException if the text holds a character no token starts with, or an unclosed
   *     quote
   */
  public static List<String> split(String sql) {
    CommonTokenStream tokens = new CommonTokenStream(lexer(sql));
    tokens.fill();
    List<String> statements = new ArrayList<>();
    int pieceStart = 0;
    for (Token token : tokens.getTokens()) {
      if (token.getType() == StrataSqlLexer.SEMI || token.getType() == Token.EOF) {
        int end = token.getType() == Token.EOF ? sql.length() : token.getStartIndex();
        String piece = sql.substring(pieceStart, end).trim();
        if (!piece.isEmpty()) {
          statements.add(piece);
        }
        pieceStart = end + 1;
      }
    }
    return statements;
  }

  /**
   * Parses with the fast SLL prediction first and, only if that fails, again with full LL
   * prediction and error reporting, so error messages are those of a complete parse.
   */
  private static <T extends ParserRuleContext> T parseTree(
      String sql, Function<StrataSqlParser, T> rule) {
    CommonTokenStream tokens = new CommonTokenStream(lexer(sql));
    StrataSqlParser parser = new StrataSqlParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return rule.apply(parser);
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(ThrowingErrorListener.INSTANCE);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return rule.apply(parser);
    }
  }

  private static StrataSqlLexer lexer(String sql) {
    StrataSqlLexer lexer = new StrataSqlLexer(CharStreams.fromString(sql));
    lexer.removeErrorListeners();
    lexer.addErrorListener(ThrowingErrorListener.INSTANCE);
    return lexer;
  }
}
