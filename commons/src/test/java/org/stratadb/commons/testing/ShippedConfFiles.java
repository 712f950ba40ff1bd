package org.stratadb.commons.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stratadb.commons.config.ConfFileDiff;
import org.stratadb.commons.config.ConfFileRenderer;
import org.stratadb.commons.config.ConfFileSpec;

/** Checks a file in the repository's top-level {@code conf/} against the keys that declare it. */
public final class ShippedConfFiles {

  private ShippedConfFiles() {}

  /** The repository's {@code conf/} directory. */
  public static Path confDir() {
    String root = System.getProperty("stratadb.root");
    if (root != null) {
      return Path.of(root, "conf");
    }
    // Outside Maven (an IDE run): walk up to the directory holding .mvn/.
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(".mvn"))) {
        return p.resolve("conf");
      }
    }
    throw new IllegalStateException("cannot find the repository root; set -Dstratadb.root");
  }

  /**
   * Fails, listing every difference, unless {@code conf/<file>} is exactly what {@code spec}
   * renders. On failure the rendered file is written under {@code target/expected-conf/}.
   */
  public static void assertInStep(ConfFileSpec spec) throws IOException {
    Path file = confDir().resolve(spec.fileName());
    List<String> problems =
        Files.isRegularFile(file)
            ? ConfFileDiff.compare(spec, Files.readString(file))
            : List.of(file + " does not exist");
    if (problems.isEmpty()) {
      return;
    }
    Path expected = Path.of("target", "expected-conf", spec.fileName()).toAbsolutePath();
    Files.createDirectories(expected.getParent());
    Files.writeString(expected, ConfFileRenderer.render(spec));
    fail(
        file
            + " is out of step with "
            + spec.declaredBy()
            + ":\n  "
            + String.join("\n  ", problems)
            + "\nThe declarations render "
            + expected
            + "; if they are right, copy it over the shipped file.");
  }
}
