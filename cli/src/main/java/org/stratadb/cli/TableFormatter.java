package org.stratadb.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Renders rows as IoTDB's CLI does: a {@code +---+} rule, the header, a rule, the rows, a rule;
 * every cell right-aligned to its column's widest entry. Han characters take two columns.
 */
final class TableFormatter {
  private TableFormatter() {}

  /** Prints {@code header} and {@code rows} (each as long as the header) to {@code out}. */
  static void print(PrintStream out, List<String> header, List<String[]> rows) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = displayWidth(header.get(c));
    }
    for (String[] row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], displayWidth(row[c]));
      }
    }
    String rule = rule(widths);
    StringBuilder sb = new StringBuilder();
    sb.append(rule).append('\n');
    appendRow(sb, header.toArray(new String[0]), widths);
    sb.append(rule).append('\n');
    for (String[] row : rows) {
      appendRow(sb, row, widths);
    }
    sb.append(rule).append('\n');
    out.print(sb);
  }

  private static String rule(int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int w : widths) {
      sb.append('+').append("-".repeat(w));
    }
    return sb.append('+').toString();
  }

  private static void appendRow(StringBuilder sb, String[] cells, int[] widths) {
    sb.append('|');
    for (int c = 0; c < widths.length; c++) {
      String cell = cells[c];
      sb.append(" ".repeat(widths[c] - displayWidth(cell))).append(cell).append('|');
    }
    sb.append('\n');
  }

  /** Columns a string takes on a terminal: Han characters count twice. */
  static int displayWidth(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }
}
