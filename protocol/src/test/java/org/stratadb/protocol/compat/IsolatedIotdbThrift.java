package org.stratadb.protocol.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Apache IoTDB's generated Thrift classes and the libthrift they were built with, loaded from a
 * directory of jars into a class loader whose parent is the platform loader. Nothing from the test
 * class path (our libthrift 0.23, our generated classes) can leak into it, and nothing from it into
 * the tests: they see IoTDB's classes only as {@code Object} and reach them through {@link
 * ThriftRuntime}.
 */
final class IsolatedIotdbThrift implements AutoCloseable {
  static final String SERVICE_PACKAGE = "org.apache.iotdb.service.rpc.thrift";
  static final String COMMON_PACKAGE = "org.apache.iotdb.common.rpc.thrift";

  private static final Pattern THRIFT_JAR = Pattern.compile("iotdb-thrift-(\\d[^-]*(-.*)?)\\.jar");

  private final URLClassLoader loader;
  private final String version;
  private final List<String> serviceTypeNames;
  private final ThriftRuntime runtime;

  private IsolatedIotdbThrift(URLClassLoader loader, String version, List<String> names) {
    this.loader = loader;
    this.version = version;
    this.serviceTypeNames = names;
    this.runtime = new ThriftRuntime("IoTDB " + version, loader, SERVICE_PACKAGE, COMMON_PACKAGE);
  }

  /** Opens every jar in {@code dir}; the IoTDB version is read from the iotdb-thrift jar name. */
  static IsolatedIotdbThrift open(Path dir) {
    List<URL> urls = new ArrayList<>();
    Path serviceJar = null;
    String version = null;
    for (Path jar : jarsIn(dir)) {
      Matcher m = THRIFT_JAR.matcher(jar.getFileName().toString());
      if (m.matches()) {
        serviceJar = jar;
        version = m.group(1);
      }
      urls.add(toUrl(jar));
    }
    if (serviceJar == null) {
      throw new IllegalStateException("no iotdb-thrift-<version>.jar in " + dir);
    }
    URLClassLoader loader =
        new URLClassLoader(
            "iotdb-" + version, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    return new IsolatedIotdbThrift(loader, version, topLevelTypes(serviceJar));
  }

  String version() {
    return version;
  }

  ThriftRuntime runtime() {
    return runtime;
  }

  /**
   * Simple names of every top-level type IoTDB generated from its client IDL (structs, enums and
   * the service), so structs the service never references are compared as well.
   */
  List<String> serviceTypeNames() {
    return serviceTypeNames;
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }

  @Override
  public String toString() {
    return "IoTDB " + version;
  }

  private static List<Path> jarsIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list compatibility jars in " + dir, e);
    }
  }

  private static URL toUrl(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(jar.toString(), e);
    }
  }

  private static List<String> topLevelTypes(Path jar) {
    String prefix = SERVICE_PACKAGE.replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String entry = entries.nextElement().getName();
        String rest = entry.startsWith(prefix) ? entry.substring(prefix.length()) : "";
        if (rest.endsWith(".class") && !rest.contains("/") && !rest.contains("$")) {
          names.add(rest.substring(0, rest.length() - ".class".length()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
    names.sort(null);
    return List.copyOf(names);
  }
}
