package org.stratadb.it;

import java.time.Duration;
import java.util.List;

/**
 * What a script run printed and how it ended.
 *
 * @param command the command line that ran
 * @param exitCode its exit code
 * @param stdout everything it wrote to standard output
 * @param stderr everything it wrote to standard error
 * @param took how long it ran
 */
public record ScriptResult(
    List<String> command, int exitCode, String stdout, String stderr, Duration took) {

  /** Standard output and standard error together. */
  public String output() {
    return stdout + stderr;
  }

  /** Fails, showing the whole run, unless the script exited with {@code expected}. */
  public ScriptResult assertExit(int expected) {
    if (exitCode != expected) {
      throw new AssertionError("expected exit code " + expected + ", but " + this);
    }
    return this;
  }

  public ScriptResult assertSuccess() {
    return assertExit(0);
  }

  /** The first IoTDB-style table in standard output (a CLI result). */
  public CliTable table() {
    return CliTable.parse(stdout);
  }

  @Override
  public String toString() {
    return String.join(" ", command)
        + " exited with "
        + exitCode
        + " after "
        + took.toMillis()
        + " ms\n--- stdout\n"
        + stdout
        + "--- stderr\n"
        + stderr
        + "---";
  }
}
