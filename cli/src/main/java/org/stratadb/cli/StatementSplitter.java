package org.stratadb.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits input into statements at semicolons outside quotes ('...', "..." and `...`, a doubled
 * quote being an escaped one) and drops empty statements.
 */
final class StatementSplitter {
  private StatementSplitter() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quote != 0) {
        current.append(ch);
        if (ch == quote) {
          if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
            current.append(text.charAt(++i));
          } else {
            quote = 0;
          }
        }
      } else if (ch == '\'' || ch == '"' || ch == '`') {
        quote = ch;
        current.append(ch);
      } else if (ch == ';') {
        add(out, current);
        current.setLength(0);
      } else {
        current.append(ch);
      }
    }
    add(out, current);
    return out;
  }

  private static void add(List<String> out, StringBuilder statement) {
    String s = statement.toString().trim();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /** Whether the text ends inside a quote, so the statement continues on the next line. */
  static boolean endsInsideQuote(String text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
            i++;
          } else {
            quote = 0;
          }
        }
      } else if (ch == '\'' || ch == '"' || ch == '`') {
        quote = ch;
      }
    }
    return quote != 0;
  }
}
