package org.stratadb.cli;

import java.io.IOException;

/** Where the CLI reads its input lines: a terminal with line editing, or a plain stream. */
interface LineSource extends AutoCloseable {
  /** The next line after showing {@code prompt}, or null at the end of input. */
  String readLine(String prompt) throws IOException, Interrupted;

  /** A line read without echo where possible. */
  String readPassword(String prompt) throws IOException, Interrupted;

  @Override
  void close();

  /** The user pressed Ctrl-C while a line was being read. */
  final class Interrupted extends Exception {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("interrupted");
    }
  }
}
