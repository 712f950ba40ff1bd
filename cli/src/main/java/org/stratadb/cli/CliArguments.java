package org.stratadb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Parses the command line. As in IoTDB, everything after {@code -e} is the statement text (joined
 * by spaces, one pair of wrapping quotes removed), so {@code -e} goes last.
 */
final class CliArguments {
  final CliOptions options;

  /** The statements of -e, or null for interactive mode. */
  final String execute;

  private CliArguments(CliOptions options, String execute) {
    this.options = options;
    this.execute = execute;
  }

  /** A command line the CLI cannot run with. */
  static final class ArgumentException extends Exception {
    private static final long serialVersionUID = 1L;

    ArgumentException(String message) {
      super(message);
    }
  }

  static CliArguments parse(String[] args) throws ArgumentException {
    int e = Arrays.asList(args).indexOf("-e");
    String execute = null;
    String[] flags = args;
    if (e >= 0) {
      flags = Arrays.copyOf(args, e);
      if (e + 1 < args.length) {
        execute = unquote(String.join(" ", Arrays.copyOfRange(args, e + 1, args.length)));
      }
    }
    CliOptions options = new CliOptions();
    try {
      commandLine(options).parseArgs(flags);
    } catch (CommandLine.ParameterException ex) {
      throw new ArgumentException(ex.getMessage());
    }
    if (options.useSsl && options.trustStore == null) {
      throw new ArgumentException("-usessl true needs a trust store: -ts <trust_store>");
    }
    return new CliArguments(options, execute);
  }

  private static CommandLine commandLine(CliOptions options) {
    CommandLine cl = new CommandLine(options);
    cl.setPosixClusteredShortOptionsAllowed(false);
    cl.setOverwrittenOptionsAllowed(true);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static String unquote(String s) {
    String t = s.trim();
    if (t.length() >= 2) {
      char first = t.charAt(0);
      char last = t.charAt(t.length() - 1);
      if ((first == '"' || first == '\'') && last == first) {
        return t.substring(1, t.length() - 1);
      }
    }
    return t;
  }

  /** The usage text of {@code -help}. */
  static String usage() {
    StringWriter text = new StringWriter();
    commandLine(new CliOptions()).usage(new PrintWriter(text));
    return text.toString();
  }
}
