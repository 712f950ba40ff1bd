package org.stratadb.cli;

/**
 * Runs the statements of {@code -e} in order, printing every row of every result; the exit code is
 * 1 if any statement failed, else 0. {@code quit} or {@code exit} stops early.
 */
final class BatchRunner {
  private BatchRunner() {}

  static int run(CommandProcessor processor, String statements) {
    boolean failed = false;
    for (String statement : StatementSplitter.split(statements)) {
      if (processor.process(statement, ResultPrinter.ALL) == CommandProcessor.Outcome.QUIT) {
        break;
      }
      failed |= processor.lastFailed();
    }
    return failed ? 1 : 0;
  }
}
