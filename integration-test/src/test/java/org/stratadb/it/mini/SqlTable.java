package org.stratadb.it.mini;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stratadb.session.ConnectionException;
import org.stratadb.session.SessionDataSet;
import org.stratadb.session.StatementExecutionException;

/**
 * A whole result read as text: the column names and every row, each value as {@link
 * SessionDataSet#getString(int)} gives it (null for a null).
 */
public record SqlTable(List<String> header, List<List<String>> rows) {

  public SqlTable {
    header = List.copyOf(header);
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /** Reads every row and closes the result. */
  public static SqlTable read(SessionDataSet result)
      throws StatementExecutionException, ConnectionException {
    try (result) {
      List<String> header = result.getColumnNames();
      List<List<String>> rows = new ArrayList<>();
      while (result.next()) {
        List<String> row = new ArrayList<>(header.size());
        for (int column = 1; column <= header.size(); column++) {
          row.add(result.getString(column));
        }
        rows.add(row);
      }
      return new SqlTable(header, rows);
    }
  }

  /** The values of one column, in row order. */
  public List<String> column(String name) {
    int index = indexOf(name);
    return rows.stream().map(r -> r.get(index)).toList();
  }

  /** Every row as column name to value, in row order. */
  public List<Map<String, String>> maps() {
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> row : rows) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), row.get(i));
      }
      out.add(m);
    }
    return out;
  }

  /** The rows whose {@code column} holds {@code value}. */
  public List<Map<String, String>> rowsWhere(String column, String value) {
    indexOf(column);
    return maps().stream().filter(m -> value.equals(m.get(column))).toList();
  }

  private int indexOf(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    return index;
  }

  @Override
  public String toString() {
    return String.join(" | ", header)
        + "\n"
        + rows.stream()
            .map(r -> r.stream().map(String::valueOf).collect(Collectors.joining(" | ")))
            .collect(Collectors.joining("\n"));
  }
}
