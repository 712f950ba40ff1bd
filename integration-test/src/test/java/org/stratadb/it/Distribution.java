package org.stratadb.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * The runnable tree that the distribution module assembles ({@code conf/ lib/ sbin/ tools/}). The
 * build passes its path in the system property {@value #PROPERTY}.
 *
 * @param home the tree's root
 */
public record Distribution(Path home) {
  public static final String PROPERTY = "stratadb.distribution.dir";

  /** The tree the build made; fails with a clear message if it has not been built. */
  public static Distribution locate() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null) {
      throw new IllegalStateException(
          "System property " + PROPERTY + " is not set: run the ITs through Maven (./mvnw verify)");
    }
    Path home = Path.of(dir).toAbsolutePath().normalize();
    if (!Files.isRegularFile(home.resolve("sbin/start-confignode.sh"))
        || !Files.isDirectory(home.resolve("lib"))) {
      throw new IllegalStateException(
          "No StrataDB distribution at "
              + home
              + ": build it with ./mvnw -B package -pl distribution -am -DskipTests");
    }
    return new Distribution(home);
  }

  public Path sbin() {
    return home.resolve("sbin");
  }

  public Path lib() {
    return home.resolve("lib");
  }

  public Path conf() {
    return home.resolve("conf");
  }

  /** Whether a jar in lib/ holds {@code className}; nodes not yet written are absent. */
  public boolean hasClass(String className) {
    String entry = className.replace('.', '/') + ".class";
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib(), "*.jar")) {
      for (Path jar : jars) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
          if (zip.getEntry(entry) != null) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
