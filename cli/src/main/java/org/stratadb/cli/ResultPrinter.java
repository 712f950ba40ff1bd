package org.stratadb.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stratadb.session.ConnectionException;
import org.stratadb.session.SessionDataSet;
import org.stratadb.session.StatementExecutionException;
import org.stratadb.session.TSDataType;

/**
 * Prints a result set as IoTDB's CLI does: pages of at most {@code maxRows} rows, each a table;
 * after the last page {@code Total line number = N} (or {@code Empty set.}); after the first page
 * {@code It costs 0.012s}. Between pages the {@link Pager} decides whether to go on.
 */
final class ResultPrinter {
  /** Decides, after a full page, whether to print the next. */
  interface Pager {
    boolean next(int pageRows);
  }

  /** Prints every page. */
  static final Pager ALL = rows -> true;

  private final PrintStream out;
  private final TimeFormatter time;
  private final ZoneId zone;
  private final int maxRows;

  ResultPrinter(PrintStream out, TimeFormatter time, ZoneId zone, int maxRows) {
    this.out = out;
    this.time = time;
    this.zone = zone;
    this.maxRows = maxRows <= 0 ? Integer.MAX_VALUE : maxRows;
  }

  /**
   * Prints the rows of {@code ds}, closing it at the end.
   *
   * @param costMillis how long the statement took, printed after the first page
   * @return the number of rows printed
   */
  int print(SessionDataSet ds, long costMillis, Pager pager)
      throws StatementExecutionException, ConnectionException {
    try {
      List<String> header = ds.getColumnNames();
      boolean hasRow = ds.next();
      int total = 0;
      boolean first = true;
      while (true) {
        List<String[]> page = new ArrayList<>();
        while (hasRow && page.size() < maxRows) {
          page.add(row(ds));
          hasRow = ds.next();
        }
        total += page.size();
        TableFormatter.print(out, header, page);
        if (!hasRow) {
          out.println(total == 0 ? "Empty set." : "Total line number = " + total);
        }
        if (first) {
          out.println(String.format(Locale.ROOT, "It costs %.3fs", costMillis / 1000.0));
          first = false;
        }
        if (!hasRow || !pager.next(page.size())) {
          return total;
        }
      }
    } finally {
      ds.close();
    }
  }

  private String[] row(SessionDataSet ds) {
    int n = ds.getColumnCount();
    String[] cells = new String[n];
    List<TSDataType> types = ds.getColumnTypes();
    boolean hasTime = !ds.isIgnoreTimeStamp();
    for (int c = 1; c <= n; c++) {
      String cell;
      if (hasTime && c == 1) {
        cell = time.format(ds.getTimestamp(), zone);
      } else if (ds.isNull(c)) {
        cell = "null";
      } else if (types.get(c - 1) == TSDataType.TIMESTAMP) {
        cell = time.format(ds.getLong(c), zone);
      } else {
        cell = ds.getString(c);
      }
      cells[c - 1] = cell;
    }
    return cells;
  }
}
