package org.stratadb.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.stratadb.session.ServerInfo;

/**
 * The read-run loop of interactive mode: prompt {@code IoTDB> }, run each statement of the line (a
 * trailing ';' is optional; a line ending inside a quote continues on the next), stop on {@code
 * quit}, {@code exit}, end of input or a second Ctrl-C in a row.
 */
final class InteractiveShell {
  static final String PROMPT = "IoTDB> ";
  static final String CONTINUATION = "     > ";

  private final CommandProcessor processor;
  private final LineSource lines;
  private final PrintStream out;

  InteractiveShell(CommandProcessor processor, LineSource lines, PrintStream out) {
    this.processor = processor;
    this.lines = lines;
    this.out = out;
  }

  /** Prints the login banner. */
  static void printBanner(PrintStream out, ServerInfo info, String endpoint) {
    out.println("---------------------");
    out.println("Starting StrataDB Cli");
    out.println("---------------------");
    if (info.logo() != null && !info.logo().isEmpty()) {
      out.print(info.logo());
    } else {
      out.print(" StrataDB ");
    }
    out.println(
        "version "
            + info.version()
            + " (Build: "
            + (info.buildInfo() != null ? info.buildInfo() : "UNKNOWN")
            + ")");
    out.println();
    out.println("Successfully login at " + endpoint);
  }

  /** Runs until the user leaves; returns the exit code (0). */
  int run() throws IOException {
    boolean interruptedOnce = false;
    while (true) {
      String line;
      try {
        line = readStatementText();
        interruptedOnce = false;
      } catch (LineSource.Interrupted e) {
        if (interruptedOnce) {
          return 0;
        }
        interruptedOnce = true;
        out.println("Press CTRL+C again to exit, or enter a statement to continue");
        continue;
      }
      if (line == null) {
        out.println();
        return 0;
      }
      for (String statement : StatementSplitter.split(line)) {
        if (processor.process(statement, this::askForMore) == CommandProcessor.Outcome.QUIT) {
          return 0;
        }
      }
    }
  }

  private String readStatementText() throws IOException, LineSource.Interrupted {
    String line = lines.readLine(PROMPT);
    if (line == null) {
      return null;
    }
    StringBuilder text = new StringBuilder(line);
    while (StatementSplitter.endsInsideQuote(text.toString())) {
      String more = lines.readLine(CONTINUATION);
      if (more == null) {
        break;
      }
      text.append('\n').append(more);
    }
    return text.toString();
  }

  private boolean askForMore(int pageRows) {
    out.println("This display " + pageRows + " rows. Press ENTER to show more, input 'q' to quit.");
    try {
      String answer = lines.readLine("");
      return answer != null && answer.isEmpty();
    } catch (IOException | LineSource.Interrupted e) {
      return false;
    }
  }
}
