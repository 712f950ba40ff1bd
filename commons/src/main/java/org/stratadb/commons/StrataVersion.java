package org.stratadb.commons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version this build of StrataDB reports to clients and in {@code SHOW CLUSTER}. */
public final class StrataVersion {
  private static final String VERSION = load();

  private StrataVersion() {}

  /** The release version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  /** A short description of the build, shown beside the version. */
  public static String buildInfo() {
    return "StrataDB " + VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = StrataVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "UNKNOWN");
  }
}
