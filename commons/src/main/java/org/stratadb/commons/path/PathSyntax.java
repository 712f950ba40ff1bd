package org.stratadb.commons.path;

import java.util.ArrayList;
import java.util.List;

/** Splits path text into nodes and joins nodes back, quoting where a node needs it. */
final class PathSyntax {
  private PathSyntax() {}

  static String[] split(String path) {
    if (path == null || path.isEmpty()) {
      throw new IllegalPathException(String.valueOf(path), "a path must not be empty");
    }
    List<String> nodes = new ArrayList<>();
    StringBuilder node = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '`') {
        i = readQuoted(path, i, node);
        continue;
      }
      if (c == '.') {
        nodes.add(finishNode(path, node));
      } else if (Character.isWhitespace(c)) {
        throw new IllegalPathException(path, "a node holds a space; write it between backquotes");
      } else {
        node.append(c);
      }
      i++;
    }
    nodes.add(finishNode(path, node));
    return nodes.toArray(String[]::new);
  }

  private static int readQuoted(String path, int open, StringBuilder node) {
    if (node.length() > 0) {
      throw new IllegalPathException(path, "a backquote may only open a whole node");
    }
    int i = open + 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '`') {
        if (i + 1 < path.length() && path.charAt(i + 1) == '`') {
          node.append('`');
          i += 2;
          continue;
        }
        if (node.length() == 0) {
          throw new IllegalPathException(path, "a quoted node must not be empty");
        }
        if (node.indexOf("*") >= 0) {
          // a quoted "*" could not be told apart from the wildcard once the quotes are gone
          throw new IllegalPathException(path, "a quoted node must not hold '*'");
        }
        int next = i + 1;
        if (next < path.length() && path.charAt(next) != '.') {
          throw new IllegalPathException(path, "a quoted node must end at a dot");
        }
        // mark the node as quoted so finishNode skips the plain-character check
        node.insert(0, QUOTE_MARK);
        return next;
      }
      node.append(c);
      i++;
    }
    throw new IllegalPathException(path, "a backquote is not closed");
  }

  private static final char QUOTE_MARK = '\u0000';

  private static String finishNode(String path, StringBuilder node) {
    if (node.length() == 0) {
      throw new IllegalPathException(path, "a path node must not be empty");
    }
    String text =
        node.charAt(0) == QUOTE_MARK ? node.substring(1) : checkPlain(path, node.toString());
    node.setLength(0);
    return text;
  }

  private static String checkPlain(String path, String node) {
    for (int i = 0; i < node.length(); i++) {
      char c = node.charAt(i);
      if (!isPlainChar(c) && c != '*') {
        throw new IllegalPathException(
            path, "node '" + node + "' holds '" + c + "'; write it between backquotes");
      }
    }
    return node;
  }

  static boolean isPlainChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '_'
        || c == ':'
        || c == '@'
        || c == '#'
        || c == '$'
        || c == '{'
        || c == '}';
  }

  static String join(String[] nodes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nodes.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      appendNode(out, nodes[i]);
    }
    return out.toString();
  }

  private static void appendNode(StringBuilder out, String node) {
    boolean plain = true;
    for (int i = 0; i < node.length() && plain; i++) {
      char c = node.charAt(i);
      plain = isPlainChar(c) || c == '*';
    }
    if (plain) {
      out.append(node);
      return;
    }
    out.append('`').append(node.replace("`", "``")).append('`');
  }
}
