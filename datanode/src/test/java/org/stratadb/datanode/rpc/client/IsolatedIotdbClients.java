package org.stratadb.datanode.rpc.client;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Apache IoTDB's client jars with the libthrift they were built with (0.14.1), in a class loader
 * that loads {@code org.apache.iotdb} and {@code org.apache.thrift} classes only from those jars
 * and everything else (slf4j, commons-lang3, ...) from the test class path. This is how users run
 * the clients; the plain compatibility tests run them on our libthrift 0.23 instead.
 *
 * <p>The IoTDB jars are the ones Maven put on the test class path; the libthrift jar is copied by
 * the build into the directory named by the system property {@value #THRIFT_DIR_PROPERTY}.
 */
final class IsolatedIotdbClients extends URLClassLoader {
  static final String THRIFT_DIR_PROPERTY = "iotdb.client.thrift.dir";

  private IsolatedIotdbClients(URL[] urls, ClassLoader parent) {
    super("iotdb-clients-on-libthrift-0.14", urls, parent);
  }

  static IsolatedIotdbClients create() {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String normalized = entry.replace(File.separatorChar, '/');
      if (normalized.contains("/org/apache/iotdb/") && normalized.endsWith(".jar")) {
        urls.add(toUrl(Path.of(entry)));
      }
    }
    if (urls.isEmpty()) {
      throw new IllegalStateException("no org.apache.iotdb jars on the test class path");
    }
    urls.add(toUrl(libthrift()));
    return new IsolatedIotdbClients(
        urls.toArray(URL[]::new), IsolatedIotdbClients.class.getClassLoader());
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith("org.apache.iotdb.") && !name.startsWith("org.apache.thrift.")) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        loaded = findClass(name); // never from the parent: no mixing of libthrift versions
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private static Path libthrift() {
    String dir = System.getProperty(THRIFT_DIR_PROPERTY);
    if (dir == null) {
      throw new IllegalStateException(
          THRIFT_DIR_PROPERTY + " is not set; run the tests through Maven");
    }
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("libthrift-"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no libthrift jar in " + dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static URL toUrl(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(jar.toString(), e);
    }
  }
}
