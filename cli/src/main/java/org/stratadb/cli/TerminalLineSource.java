package org.stratadb.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines from the terminal through JLine: editing, keyword completion and a history kept in {@code
 * ~/.stratadb_history} (1000 entries).
 */
final class TerminalLineSource implements LineSource {
  static final String HISTORY_FILE = ".stratadb_history";

  private static final String[] KEYWORDS = {
    "SELECT",
    "FROM",
    "WHERE",
    "GROUP",
    "BY",
    "ORDER",
    "LIMIT",
    "OFFSET",
    "ALIGN",
    "DEVICE",
    "INSERT",
    "INTO",
    "VALUES",
    "DELETE",
    "CREATE",
    "DROP",
    "DATABASE",
    "DATABASES",
    "TIMESERIES",
    "ALIGNED",
    "SHOW",
    "COUNT",
    "DEVICES",
    "CLUSTER",
    "REGIONS",
    "DATANODES",
    "CONFIGNODES",
    "LAST",
    "FILL",
    "WITH",
    "DATATYPE",
    "ENCODING",
    "COMPRESSOR",
    "FLUSH",
    "TTL",
    "SET",
    "UNSET",
    "USER",
    "GRANT",
    "REVOKE",
    "PIPE",
    "PIPES",
    "START",
    "STOP",
    "quit",
    "exit",
    "help"
  };

  private final Terminal terminal;
  private final LineReader reader;

  private TerminalLineSource(Terminal terminal, LineReader reader) {
    this.terminal = terminal;
    this.reader = reader;
  }

  static TerminalLineSource open() throws IOException {
    Terminal terminal = TerminalBuilder.builder().system(true).build();
    DefaultParser parser = new DefaultParser();
    parser.setEscapeChars(null);
    Path history = Paths.get(System.getProperty("user.home"), HISTORY_FILE);
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .parser(parser)
            .completer(new StringsCompleter(KEYWORDS))
            .variable(LineReader.HISTORY_FILE, history)
            .variable(LineReader.HISTORY_FILE_SIZE, 1000)
            .variable(LineReader.HISTORY_SIZE, 1000)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.CASE_INSENSITIVE, true)
            .build();
    return new TerminalLineSource(terminal, reader);
  }

  @Override
  public String readLine(String prompt) throws Interrupted {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      throw new Interrupted();
    } catch (EndOfFileException e) {
      return null;
    }
  }

  @Override
  public String readPassword(String prompt) throws Interrupted {
    try {
      return reader.readLine(prompt, '\0');
    } catch (UserInterruptException e) {
      throw new Interrupted();
    } catch (EndOfFileException e) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      reader.getHistory().save();
    } catch (IOException | RuntimeException e) {
      // History is a convenience; losing it must not fail the exit.
    }
    try {
      terminal.close();
    } catch (IOException e) {
      // Nothing left to do.
    }
  }
}
