package org.stratadb.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as the CLI prints it:
 *
 * <pre>
 * +------+----------+
 * |NodeID|  NodeType|
 * +------+----------+
 * |     0|ConfigNode|
 * +------+----------+
 * </pre>
 *
 * @param header the column names
 * @param rows each row's cells, trimmed, by column name in header order
 */
public record CliTable(List<String> header, List<Map<String, String>> rows) {

  /** Parses the first table in {@code text}; a text without one gives an empty table. */
  public static CliTable parse(String text) {
    List<String> header = null;
    List<Map<String, String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("+") && trimmed.endsWith("+")) {
        inTable = true;
        continue;
      }
      if (!trimmed.startsWith("|")) {
        if (inTable && header != null) {
          break;
        }
        continue;
      }
      List<String> cells = cells(trimmed);
      if (header == null) {
        header = cells;
      } else {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        rows.add(row);
      }
    }
    return new CliTable(header == null ? List.of() : List.copyOf(header), List.copyOf(rows));
  }

  private static List<String> cells(String line) {
    String[] parts = line.split("\\|", -1);
    List<String> cells = new ArrayList<>();
    for (int i = 1; i < parts.length - 1; i++) {
      cells.add(parts[i].strip());
    }
    return cells;
  }

  /** The rows whose {@code column} holds {@code value}. */
  public List<Map<String, String>> rowsWhere(String column, String value) {
    return rows.stream().filter(r -> value.equals(r.get(column))).toList();
  }

  /** The values of one column, top to bottom. */
  public List<String> column(String name) {
    return rows.stream().map(r -> r.get(name)).toList();
  }
}
