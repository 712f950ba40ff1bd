package org.stratadb.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.stratadb.session.ConnectionException;
import org.stratadb.session.Session;
import org.stratadb.session.SessionDataSet;
import org.stratadb.session.StatementExecutionException;

/**
 * Runs one statement: the CLI's own commands ({@code quit}, {@code help}, {@code set/show
 * time_zone}, {@code time_display_type}, {@code fetch_size}, {@code max_display_num}) locally,
 * anything else on the server, printing the result or {@code Msg: ...}.
 */
final class CommandProcessor {
  static final String SUCCESS = "Msg: The statement is executed successfully.";

  /** What the caller does after a statement. */
  enum Outcome {
    CONTINUE,
    QUIT
  }

  private final Session session;
  private final PrintStream out;
  private final long timeoutMs;
  private final String precision;
  private TimeFormatter time;
  private int maxDisplayRows;
  private boolean lastFailed;

  /**
   * @param displayType initial time display type ("default" or "long")
   * @param precision the server's timestamp precision ("ms", "us" or "ns")
   * @param maxDisplayRows rows per page, -1 for all
   * @param timeoutMs server-side statement timeout, 0 for the server's default
   */
  CommandProcessor(
      Session session,
      PrintStream out,
      String displayType,
      String precision,
      int maxDisplayRows,
      long timeoutMs) {
    this.session = session;
    this.out = out;
    this.precision = precision;
    this.time = TimeFormatter.of(displayType, precision);
    this.maxDisplayRows = maxDisplayRows;
    this.timeoutMs = timeoutMs;
  }

  /** Whether the last statement failed. */
  boolean lastFailed() {
    return lastFailed;
  }

  /**
   * Runs one statement (no trailing semicolon).
   *
   * @param pager decides whether to print the next page of a long result
   */
  Outcome process(String statement, ResultPrinter.Pager pager) {
    lastFailed = false;
    String cmd = statement.trim();
    String lower = cmd.toLowerCase(Locale.ROOT);
    if (lower.equals("quit") || lower.equals("exit")) {
      return Outcome.QUIT;
    }
    if (lower.equals("help")) {
      help();
    } else if (lower.startsWith("set time_display_type")) {
      setTimeDisplayType(cmd);
    } else if (lower.startsWith("show time_display_type")) {
      out.println("Current time format: " + time.displayType());
    } else if (lower.startsWith("set time_zone")) {
      setTimeZone(cmd);
    } else if (lower.startsWith("show time_zone")) {
      out.println("Current time zone: " + session.getTimeZone());
    } else if (lower.startsWith("set fetch_size")) {
      setFetchSize(cmd);
    } else if (lower.startsWith("show fetch_size")) {
      out.println("Current fetch size: " + session.getFetchSize());
    } else if (lower.startsWith("set max_display_num")) {
      setMaxDisplayNum(cmd);
    } else if (lower.startsWith("show max_display_num")) {
      out.println("Current max display number: " + maxDisplayRows);
    } else {
      execute(cmd, pager);
    }
    return Outcome.CONTINUE;
  }

  private void help() {
    out.println("    <your-sql>\t\t\t execute your sql statement");
    out.println("    set time_display_type=xxx\t eg. long, default, ISO8601, yyyy-MM-dd HH:mm:ss.");
    out.println("    show time_display_type\t show time display type");
    out.println("    set time_zone=xxx\t\t eg. +08:00, Asia/Shanghai.");
    out.println("    show time_zone\t\t show cli time zone");
    out.println("    set fetch_size=xxx\t\t set fetch size when querying data from server.");
    out.println("    show fetch_size\t\t show fetch size");
    out.println(
        "    set max_display_num=xxx\t set max lines for cli to output, -1 equals to unlimited.");
    out.println("    show max_display_num\t show max display number");
    out.println("    quit/exit\t\t\t exit the cli");
  }

  /** The text after '=' in {@code set name=value}, or null (after printing the hint). */
  private String valueOf(String cmd, String example) {
    int eq = cmd.indexOf('=');
    String value = eq < 0 ? "" : cmd.substring(eq + 1).trim();
    if (value.isEmpty() || value.indexOf('=') >= 0) {
      out.println("Format error, please input like " + example);
      lastFailed = true;
      return null;
    }
    return value;
  }

  private void setTimeDisplayType(String cmd) {
    String value = valueOf(cmd, "set time_display_type=ISO8601");
    if (value == null) {
      return;
    }
    try {
      time = TimeFormatter.of(value, precision);
      out.println("Time display type has set to " + value);
    } catch (IllegalArgumentException e) {
      out.println("Time display format error, " + e.getMessage());
      lastFailed = true;
    }
  }

  private void setTimeZone(String cmd) {
    String value = valueOf(cmd, "set time_zone=+08:00");
    if (value == null) {
      return;
    }
    try {
      session.setTimeZone(value);
      out.println("Time zone has set to " + value);
    } catch (StatementExecutionException | ConnectionException e) {
      out.println("Time zone format error: " + e.getMessage());
      lastFailed = true;
    }
  }

  private void setFetchSize(String cmd) {
    String value = valueOf(cmd, "set fetch_size=10000");
    if (value == null) {
      return;
    }
    try {
      long size = Long.parseLong(value);
      session.setFetchSize(size <= 0 || size > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) size);
      out.println("Fetch size has set to " + value);
    } catch (NumberFormatException e) {
      out.println("Fetch size format error, " + e.getMessage());
      lastFailed = true;
    }
  }

  private void setMaxDisplayNum(String cmd) {
    String value = valueOf(cmd, "set max_display_num=1000");
    if (value == null) {
      return;
    }
    try {
      long n = Long.parseLong(value);
      maxDisplayRows = n <= 0 || n > Integer.MAX_VALUE ? -1 : (int) n;
      out.println("Max display number has set to " + value);
    } catch (NumberFormatException e) {
      out.println("Max display number format error, " + e.getMessage());
      lastFailed = true;
    }
  }

  private void execute(String sql, ResultPrinter.Pager pager) {
    long start = System.nanoTime();
    try {
      SessionDataSet ds = session.executeStatement(sql, timeoutMs);
      long costMillis = (System.nanoTime() - start) / 1_000_000;
      if (ds == null) {
        out.println(SUCCESS);
        return;
      }
      new ResultPrinter(out, time, session.getTimeZone(), maxDisplayRows)
          .print(ds, costMillis, pager);
    } catch (StatementExecutionException | ConnectionException e) {
      out.println("Msg: " + e.getMessage());
      lastFailed = true;
    }
  }
}
