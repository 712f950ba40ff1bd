package org.stratadb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.ZoneId;
import org.stratadb.session.ServerInfo;
import org.stratadb.session.Session;
import org.stratadb.session.SessionException;

/**
 * {@code start-cli.sh}: connects to a StrataDB (or IoTDB) server and runs SQL, interactively or,
 * with {@code -e}, as a batch. Exit code 0 on success, 1 on bad arguments, a failed connection or
 * (batch mode) a failed statement.
 */
public final class Cli {
  static final int OK = 0;
  static final int ERROR = 1;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  /**
   * @param terminal read from the system terminal with line editing (else from {@code in})
   */
  Cli(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    Cli cli = new Cli(System.in, System.out, System.err, System.console() != null);
    int code = cli.run(args);
    System.out.flush();
    System.exit(code);
  }

  /** Runs the CLI with these arguments and returns its exit code. */
  int run(String[] args) {
    CliArguments parsed;
    try {
      parsed = CliArguments.parse(args);
    } catch (CliArguments.ArgumentException e) {
      err.println("Error: " + e.getMessage());
      err.println("Use -help for more information.");
      return ERROR;
    }
    if (parsed.options.help) {
      out.print(CliArguments.usage());
      return OK;
    }
    try (LineSource lines = openLines()) {
      return connectAndRun(parsed, lines);
    } catch (IOException e) {
      err.println("Error: cannot read input: " + e.getMessage());
      return ERROR;
    }
  }

  private LineSource openLines() throws IOException {
    return terminal ? TerminalLineSource.open() : new StreamLineSource(in, out);
  }

  private int connectAndRun(CliArguments parsed, LineSource lines) throws IOException {
    CliOptions o = parsed.options;
    String password = o.password;
    if (CliOptions.ASK_PASSWORD.equals(password)) {
      try {
        password = lines.readPassword("please input your password:");
      } catch (LineSource.Interrupted e) {
        return ERROR;
      }
      if (password == null) {
        err.println("Error: no password given");
        return ERROR;
      }
    }
    Session.Builder builder =
        Session.builder()
            .host(o.host)
            .port(o.port)
            .username(o.username)
            .password(password)
            .zoneId(ZoneId.systemDefault())
            .compact(o.compact)
            .connectionTimeoutMs(20_000);
    if (o.useSsl) {
      builder.useSsl(o.trustStore, o.trustStorePassword);
    }
    try (Session session = builder.build()) {
      ServerInfo info;
      try {
        session.open();
        info = session.getProperties();
      } catch (SessionException e) {
        String msg = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
        err.println("Error: " + msg + " Host is " + o.host + ", port is " + o.port + ".");
        return ERROR;
      }
      CommandProcessor processor =
          new CommandProcessor(
              session,
              out,
              o.disableIso8601 ? TimeFormatter.LONG : TimeFormatter.DEFAULT,
              info.timestampPrecision(),
              o.maxPrintRowCount <= 0 ? -1 : o.maxPrintRowCount,
              o.timeoutSeconds > 0 ? o.timeoutSeconds * 1000 : 0);
      if (parsed.execute != null) {
        return BatchRunner.run(processor, parsed.execute);
      }
      InteractiveShell.printBanner(out, info, o.host + ":" + o.port);
      return new InteractiveShell(processor, lines, out).run();
    }
  }
}
