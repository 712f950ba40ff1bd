package org.stratadb.query.sql.internal;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.sql.SqlParseException;
import org.stratadb.query.sql.grammar.StrataSqlParser.FullPathContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.FullPathInExpressionContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.IdentifierContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.NodeNameContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.NodeNameWithoutWildcardContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.PrefixPathContext;

/** Identifiers, quoted text and paths as the AST holds them: unquoted, split into nodes. */
final class Names {
  private Names() {}

  /** An identifier's name: a backquoted one without its quotes, a doubled backquote undone. */
  static String identifier(IdentifierContext ctx) {
    TerminalNode quoted = ctx.QUOTED_ID();
    if (quoted != null) {
      return unquote(quoted.getText());
    }
    return ctx.getText();
  }

  /**
   * The text between the quotes of a string or backquoted literal, the quote doubled inside undone
   * ({@code 'it''s'} is {@code it's}).
   */
  static String unquote(String quoted) {
    char quote = quoted.charAt(0);
    String body = quoted.substring(1, quoted.length() - 1);
    return body.replace(String.valueOf(quote) + quote, String.valueOf(quote));
  }

  static PartialPath prefixPath(PrefixPathContext ctx) {
    List<String> nodes = new ArrayList<>();
    nodes.add(PartialPath.ROOT);
    for (NodeNameContext node : ctx.nodeName()) {
      nodes.add(nodeName(node));
    }
    return PartialPath.of(nodes.toArray(String[]::new));
  }

  static List<PartialPath> prefixPaths(List<PrefixPathContext> contexts) {
    List<PartialPath> paths = new ArrayList<>(contexts.size());
    for (PrefixPathContext ctx : contexts) {
      paths.add(prefixPath(ctx));
    }
    return paths;
  }

  static PartialPath fullPath(FullPathContext ctx) {
    List<String> nodes = new ArrayList<>();
    nodes.add(PartialPath.ROOT);
    for (NodeNameWithoutWildcardContext node : ctx.nodeNameWithoutWildcard()) {
      nodes.add(identifier(node.identifier()));
    }
    return PartialPath.of(nodes.toArray(String[]::new));
  }

  /** A path in an expression: from root, or a suffix such as {@code d1.s1}. */
  static PartialPath pathInExpression(FullPathInExpressionContext ctx) {
    List<String> nodes = new ArrayList<>();
    if (ctx.ROOT() != null) {
      nodes.add(PartialPath.ROOT);
    }
    for (NodeNameContext node : ctx.nodeName()) {
      nodes.add(nodeName(node));
    }
    return PartialPath.of(nodes.toArray(String[]::new));
  }

  static String nodeName(NodeNameWithoutWildcardContext ctx) {
    return identifier(ctx.identifier());
  }

  /**
   * One node of a pattern. A node such as {@code s*} is several tokens, which must touch: {@code s
   * *} is not a node.
   */
  static String nodeName(NodeNameContext ctx) {
    if (ctx.getChildCount() == 1 && ctx.nodeNameWithoutWildcard() != null) {
      return nodeName(ctx.nodeNameWithoutWildcard());
    }
    requireAdjacent(ctx, "a path node");
    StringBuilder node = new StringBuilder();
    for (ParseTree child : ctx.children) {
      if (child instanceof ParserRuleContext rule && rule.getChildCount() == 1) {
        ParseTree inner = rule.getChild(0);
        if (inner instanceof IdentifierContext id) {
          node.append(identifier(id));
          continue;
        }
      }
      node.append(child.getText());
    }
    return node.toString();
  }

  /**
   * Fails unless the tokens of {@code ctx} follow each other without spaces between them.
   *
   * @throws SqlParseException naming the position of the first gap
   */
  static void requireAdjacent(ParserRuleContext ctx, String what) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    if (start == null || stop == null) {
      return;
    }
    int expectedLength = stop.getStopIndex() - start.getStartIndex() + 1;
    if (ctx.getText().length() != expectedLength) {
      throw new SqlParseException(
          "line "
              + start.getLine()
              + ":"
              + start.getCharPositionInLine()
              + " "
              + what
              + " must not contain spaces: '"
              + start
                  .getInputStream()
                  .getText(Interval.of(start.getStartIndex(), stop.getStopIndex()))
              + "'");
    }
  }
}
