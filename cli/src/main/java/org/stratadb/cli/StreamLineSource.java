package org.stratadb.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Lines from a plain stream (piped input, tests); prompts are printed to {@code out}. */
final class StreamLineSource implements LineSource {
  private final BufferedReader in;
  private final PrintStream out;

  StreamLineSource(InputStream in, PrintStream out) {
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.out = out;
  }

  @Override
  public String readLine(String prompt) throws IOException {
    out.print(prompt);
    out.flush();
    return in.readLine();
  }

  @Override
  public String readPassword(String prompt) throws IOException {
    return readLine(prompt);
  }

  @Override
  public void close() {
    // The stream belongs to the caller.
  }
}
