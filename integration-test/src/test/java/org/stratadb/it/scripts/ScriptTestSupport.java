package org.stratadb.it.scripts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.stratadb.it.ProcessHarness;
import org.stratadb.it.ScriptResult;

/** Helpers of the script tests: decoy processes, environments without (a usable) Java. */
final class ScriptTestSupport {
  private ScriptTestSupport() {}

  /** Fails, showing the whole run, unless {@code text} (part of {@code run}) holds {@code part}. */
  static void assertContains(String text, String part, ScriptResult run) {
    assertTrue(text.contains(part), () -> "expected \"" + part + "\" in the output of " + run);
  }

  /**
   * Starts a process that lives for five minutes and whose command line reads {@code commandLine}
   * (its argv[0]), as a node's would; the harness stops it at the end of the test.
   */
  static Process decoy(ProcessHarness harness, String commandLine) {
    try {
      Process process =
          new ProcessBuilder("bash", "-c", "exec -a \"$0\" sleep 300", commandLine)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      harness.track(process.pid(), "decoy " + commandLine);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A directory to use as the whole PATH: links to every program on this JVM's PATH except java, so
   * that the scripts find their tools but no Java.
   */
  static Path pathWithoutJava(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
        Path source = Path.of(entry.isEmpty() ? "." : entry);
        if (!Files.isDirectory(source)) {
          continue;
        }
        try (Stream<Path> programs = Files.list(source)) {
          for (Path program : programs.toList()) {
            String name = program.getFileName().toString();
            Path link = dir.resolve(name);
            if (!name.startsWith("java") && Files.isExecutable(program) && !Files.exists(link)) {
              Files.createSymbolicLink(link, program);
            }
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JAVA_HOME whose bin/java claims to be Java {@code version}. */
  static Path javaHomeOfVersion(Path dir, String version) {
    try {
      Path java = Files.createDirectories(dir.resolve("bin")).resolve("java");
      Files.writeString(
          java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2020-01-14' >&2\nexit 0\n");
      Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
