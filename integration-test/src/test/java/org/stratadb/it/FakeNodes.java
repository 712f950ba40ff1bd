package org.stratadb.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a jar of stand-in nodes: {@code org.stratadb.confignode.ConfigNodeMain} and {@code
 * org.stratadb.datanode.DataNodeMain} that keep the process contract (ports, readiness line, exit 0
 * on SIGTERM) without being nodes, and an {@code org.stratadb.cli.Cli} that prints its arguments.
 * With it the scripts are tested on their own, in seconds. The sources are resources of this module
 * (fake-node/*.java.txt), compiled at run time so that the stand-ins never meet the real classes on
 * a class path.
 */
final class FakeNodes {
  private static final List<String> SOURCES =
      List.of(
          "fakenode/FakeNode",
          "org/stratadb/confignode/ConfigNodeMain",
          "org/stratadb/datanode/DataNodeMain",
          "org/stratadb/cli/Cli");

  private static Path built;

  private FakeNodes() {}

  /**
   * A lib/ directory holding only the stand-ins' jar, built under {@code workDir} on first use in
   * this JVM.
   */
  static synchronized Path lib(Path workDir) {
    if (built != null && Files.isRegularFile(built.resolve("fake-node.jar"))) {
      return built;
    }
    try {
      Path dir = workDir.resolve("fake-node");
      NodeHome.deleteRecursively(dir);
      Path sources = dir.resolve("src");
      Path classes = dir.resolve("classes");
      Files.createDirectories(classes);
      List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-nowarn"));
      for (String source : SOURCES) {
        Path file = sources.resolve(source + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, resource(source.substring(source.lastIndexOf('/') + 1)));
        args.add(file.toString());
      }
      compile(args);
      Path lib = Files.createDirectories(dir.resolve("lib"));
      writeJar(classes, lib.resolve("fake-node.jar"));
      built = lib;
      return built;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String simpleName) throws IOException {
    String name = "/fake-node/" + simpleName + ".java.txt";
    try (InputStream in = FakeNodes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void compile(List<String> args) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException(
          "the fake nodes are compiled at run time: run the ITs on a JDK");
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code = compiler.run(null, errors, errors, args.toArray(String[]::new));
    if (code != 0) {
      throw new IllegalStateException(
          "cannot compile the fake nodes:\n" + errors.toString(StandardCharsets.UTF_8));
    }
  }

  private static void writeJar(Path classes, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
  }
}
